package org.factcheck.claims.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.factcheck.claims.domain.HostResolver;

/**
 * The system resolver, with a time limit: a lookup that hangs must not use up a
 * function's 10 s. An address literal resolves to itself, without a lookup.
 */
public final class SystemHostResolver implements HostResolver {
    public static final Duration TIMEOUT = Duration.ofSeconds(2);

    @Override
    public List<InetAddress> resolve(String host) {
        CompletableFuture<List<InetAddress>> lookup = CompletableFuture.supplyAsync(
                () -> {
                    try {
                        return List.of(InetAddress.getAllByName(host));
                    } catch (UnknownHostException e) {
                        return List.of();
                    }
                },
                task -> Thread.ofVirtual().start(task));
        try {
            return lookup.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }
}
