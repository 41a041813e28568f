package org.factcheck.claims.store;

/** The claim changed (or vanished) since it was read: its version is not the one expected. */
public final class VersionConflictException extends RuntimeException {
    public VersionConflictException(String claimId) {
        super("claim " + claimId + " changed concurrently", null, false, false);
    }
}
