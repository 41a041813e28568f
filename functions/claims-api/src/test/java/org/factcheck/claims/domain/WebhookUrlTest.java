package org.factcheck.claims.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SSRF rules: URL shape without DNS, then every resolved address. */
class WebhookUrlTest {
    private static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal); // a literal: no lookup
        } catch (Exception e) {
            throw new IllegalArgumentException(literal, e);
        }
    }

    private static String refusal(String url, boolean allowLoopback, String... addresses) {
        WebhookUrl.Target target = WebhookUrl.parse(url, allowLoopback);
        return WebhookUrl.refusal(
                target, List.of(addresses).stream().map(WebhookUrlTest::ip).toList(), allowLoopback);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://hooks.example.com/x",
                "https://hooks.example.com:443/x",
                "https://hooks.example.com:8443/x?token=abc",
                "https://hooks.example.com:1024/",
                "HTTPS://Hooks.Example.COM/x"
            })
    void publicHttpsUrlsPass(String url) {
        assertNull(refusal(url, false, "93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://hooks.example.com/x",
                "ftp://hooks.example.com/x",
                "file:///etc/passwd",
                "gopher://hooks.example.com/",
                "javascript:alert(1)",
                "mailto:desk@example.com",
                "//hooks.example.com/x",
                "/relative/path",
                "https:opaque",
                "https://",
                "not a url",
                "https://user:pass@hooks.example.com/",
                "https://hooks.example.com@evil.example/",
                "https://hooks.example.com/x#fragment",
                "https://hooks.example.com/x#"
            })
    void malformedOrUnsafeShapesAreRefusedWithoutDns(String url) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WebhookUrl.parse(url, false));
        assertNotNull(e.getMessage());
    }

    @Test
    void userInformationAndFragmentsAreNamed() {
        assertEquals(
                "must not contain user information (user@host)",
                assertThrows(IllegalArgumentException.class, () -> WebhookUrl.parse("https://a@b.example/", false))
                        .getMessage());
        assertEquals(
                "must not contain a fragment (#...)",
                assertThrows(IllegalArgumentException.class, () -> WebhookUrl.parse("https://b.example/#x", false))
                        .getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 22, 25, 80, 110, 1023})
    void lowPortsOtherThan443AreRefused(int port) {
        assertTrue(refusal("https://hooks.example.com:" + port + "/", false, "93.184.215.14")
                .contains("port"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "127.0.0.1",
                "127.1.2.3",
                "10.0.0.1",
                "172.16.0.1",
                "172.31.255.255",
                "192.168.1.1",
                "100.64.0.1",
                "100.127.255.254",
                "169.254.169.254",
                "169.254.0.1",
                "0.0.0.0",
                "0.1.2.3",
                "224.0.0.1",
                "239.255.255.250",
                "240.0.0.1",
                "255.255.255.255",
                "192.0.0.8",
                "192.0.2.1",
                "198.51.100.1",
                "203.0.113.1",
                "198.18.0.1",
                "192.88.99.1",
                "::1",
                "::",
                "fe80::1",
                "febf::1",
                "fec0::1",
                "fc00::1",
                "fd00::1",
                "fd00:ec2::254",
                "fdff:ffff::1",
                "ff02::1",
                "::ffff:127.0.0.1",
                "::ffff:10.0.0.1",
                "::127.0.0.1",
                "::10.0.0.1",
                "64:ff9b::a9fe:a9fe",
                "64:ff9b::7f00:1",
                "64:ff9b:1::1",
                "2002:7f00:1::1",
                "2002:a9fe:a9fe::1",
                "2002:c0a8:0101::1",
                "2001:0::1",
                "2001:db8::1",
                "100::1"
            })
    void nonPublicAddressesAreRefused(String address) {
        String why = refusal("https://hooks.example.com/", false, address);
        assertNotNull(why, address + " passed");
        assertTrue(why.startsWith("host hooks.example.com resolves to"), why);
    }

    @Test
    void ipv4MappedIpv6IsRefusedEvenWithAPublicAddressInside() throws Exception {
        // InetAddress.getByName turns ::ffff:a.b.c.d into an Inet4Address (then the IPv4 rules apply);
        // an Inet6Address holding the mapped form is refused whatever it embeds.
        byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 93, (byte) 184, (byte) 215, 14};
        assertEquals("an IPv4-mapped IPv6", WebhookUrl.nonPublic(Inet6Address.getByAddress(null, mapped, null)));
        assertNotNull(WebhookUrl.nonPublic(ip("::ffff:169.254.169.254")));
    }

    @Test
    void theMetadataAddressesAreNamedAsSuch() {
        assertTrue(refusal("https://h.example/", false, "169.254.169.254").contains("instance metadata"));
        assertTrue(refusal("https://h.example/", false, "fd00:ec2::254").contains("instance metadata"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "93.184.215.14",
                "8.8.8.8",
                "1.1.1.1",
                "172.15.255.255",
                "172.32.0.1",
                "100.63.255.255",
                "100.128.0.1",
                "169.253.1.1",
                "223.255.255.254",
                "2606:4700:4700::1111",
                "64:ff9b::808:808",
                "2002:0808:0808::1"
            })
    void publicAddressesPass(String address) {
        assertNull(WebhookUrl.nonPublic(ip(address)), address);
    }

    @Test
    void oneNonPublicAddressAmongPublicOnesRefusesTheHost() {
        assertNotNull(refusal("https://rebind.example/", false, "93.184.215.14", "10.0.0.5"));
        assertNotNull(refusal("https://rebind.example/", false, "2606:4700::1", "::1"));
    }

    @Test
    void aHostWithoutAddressesIsRefused() {
        WebhookUrl.Target target = WebhookUrl.parse("https://nothing.example/", false);
        assertNotNull(WebhookUrl.refusal(target, List.of(), false));
    }

    @Test
    void literalAddressesInTheUrlAreCheckedLikeResolvedOnes() {
        WebhookUrl.Target v6 = WebhookUrl.parse("https://[::1]:8443/x", false);
        assertEquals("::1", v6.host());
        assertNotNull(WebhookUrl.refusal(v6, List.of(ip(v6.host())), false));
        WebhookUrl.Target v4 = WebhookUrl.parse("https://169.254.169.254/latest/meta-data/", false);
        assertNotNull(WebhookUrl.refusal(v4, List.of(ip(v4.host())), false));
    }

    @Test
    void loopbackOverHttpIsAllowedOnlyLocally() {
        assertThrows(IllegalArgumentException.class, () -> WebhookUrl.parse("http://127.0.0.1:9000/hook", false));
        assertNotNull(refusal("https://127.0.0.1:9000/hook", false, "127.0.0.1"));
        assertNull(refusal("http://127.0.0.1:9000/hook", true, "127.0.0.1"));
        assertNull(refusal("http://localhost:80/hook", true, "127.0.0.1", "::1"));
        assertNull(refusal("https://127.0.0.1/hook", true, "127.0.0.1"));
    }

    @Test
    void locallyEverythingButLoopbackKeepsTheRules() {
        assertNotNull(refusal("http://hooks.example.com/", true, "93.184.215.14"), "http to a public host");
        assertNotNull(refusal("http://mixed.example:9000/", true, "127.0.0.1", "93.184.215.14"), "not all loopback");
        assertNotNull(refusal("https://private.example/", true, "10.0.0.1"));
        assertNotNull(refusal("http://meta.example/", true, "169.254.169.254"));
        assertNull(refusal("https://hooks.example.com/", true, "93.184.215.14"));
    }
}
