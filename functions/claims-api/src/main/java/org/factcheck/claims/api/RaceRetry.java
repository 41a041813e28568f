package org.factcheck.claims.api;

import java.util.function.Supplier;
import org.factcheck.claims.store.DuplicateClaimException;
import org.factcheck.claims.store.VersionConflictException;

/**
 * Writes that read, decide and write conditionally start again when a concurrent writer
 * changed what they read (the write's condition failed), up to {@link #ATTEMPTS} times;
 * then 503. Each attempt reads afresh, so a retry never writes a stale decision.
 */
final class RaceRetry {
    static final int ATTEMPTS = 3;

    private RaceRetry() {}

    static ApiResponse run(Supplier<ApiResponse> attempt) {
        for (int i = 1; ; i++) {
            try {
                return attempt.get();
            } catch (DuplicateClaimException | VersionConflictException e) {
                if (i == ATTEMPTS) throw Problem.unavailable();
            }
        }
    }
}
