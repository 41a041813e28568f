package org.factcheck.claims.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;
import org.factcheck.claims.store.DuplicateClaimException;
import org.factcheck.claims.store.VersionConflictException;
import org.junit.jupiter.api.Test;

class RaceRetryTest {

    @Test
    void aLostRaceIsTriedAgainWithAFreshAttempt() {
        AtomicInteger attempts = new AtomicInteger();
        ApiResponse response = RaceRetry.run(() -> {
            if (attempts.incrementAndGet() == 1) throw new VersionConflictException("C");
            if (attempts.get() == 2) throw new DuplicateClaimException("D");
            return ApiResponse.empty(201);
        });
        assertEquals(201, response.status());
        assertEquals(3, attempts.get());
    }

    @Test
    void racesLostEveryTimeAre503AfterThreeAttempts() {
        AtomicInteger attempts = new AtomicInteger();
        Problem problem = assertThrows(
                Problem.class,
                () -> RaceRetry.run(() -> {
                    attempts.incrementAndGet();
                    throw new VersionConflictException("C");
                }));
        assertEquals(503, problem.status());
        assertEquals(RaceRetry.ATTEMPTS, attempts.get());
    }

    @Test
    void otherFailuresAreNotRetried() {
        AtomicInteger attempts = new AtomicInteger();
        assertThrows(
                Problem.class,
                () -> RaceRetry.run(() -> {
                    attempts.incrementAndGet();
                    throw Problem.preconditionFailed(null);
                }));
        assertEquals(1, attempts.get());
    }
}
