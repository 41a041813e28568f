package org.factcheck.claims.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Literals and localhost resolve without a network; a name that cannot exist resolves to nothing. */
class SystemHostResolverTest {
    private final SystemHostResolver resolver = new SystemHostResolver();

    @Test
    void literalsResolveToThemselves() throws Exception {
        assertEquals(List.of(InetAddress.getByName("93.184.215.14")), resolver.resolve("93.184.215.14"));
        assertEquals(List.of(InetAddress.getByName("::1")), resolver.resolve("::1"));
    }

    @Test
    void localhostIsLoopback() {
        List<InetAddress> addresses = resolver.resolve("localhost");
        assertTrue(
                !addresses.isEmpty() && addresses.stream().allMatch(InetAddress::isLoopbackAddress),
                addresses.toString());
    }

    @Test
    void anInvalidNameHasNoAddresses() {
        long start = System.nanoTime();
        assertEquals(List.of(), resolver.resolve("no-such-host.invalid"));
        assertTrue(
                System.nanoTime() - start < SystemHostResolver.TIMEOUT.toNanos() + 1_000_000_000L,
                "within the time limit");
    }
}
