package org.factcheck.claims.store.dynamodb;

import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.factcheck.claims.randomness.Entropy;
import org.factcheck.claims.store.StoreUnavailableException;

/**
 * Bounded attempts with full-jitter pauses between them: callers that retry in step
 * would collide again. After attempt {@code n} the pause is random in
 * [{@code minMillis}, {@code baseMillis << n}).
 */
record Backoff(int attempts, long minMillis, long baseMillis) {

    /**
     * Runs {@code attempt} (numbered from 1) until it gives a result; an empty result asks
     * for another attempt, and after the last one {@code exhausted} is thrown.
     */
    <T> T run(IntFunction<Optional<T>> attempt, Supplier<RuntimeException> exhausted) {
        for (int n = 1; ; n++) {
            Optional<T> result = attempt.apply(n);
            if (result.isPresent()) return result.get();
            if (n >= attempts) throw exhausted.get();
            pause(n);
        }
    }

    private void pause(int after) {
        try {
            // Entropy, not ThreadLocalRandom: copies restored from one snapshot must not pause in step.
            Thread.sleep(Entropy.nextLong(minMillis, baseMillis << after));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("interrupted while retrying", e);
        }
    }
}
