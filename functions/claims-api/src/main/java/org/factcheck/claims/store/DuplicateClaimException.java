package org.factcheck.claims.store;

/** The same statement by the same speaker is already stored. */
public final class DuplicateClaimException extends RuntimeException {
    private final String existingClaimId;

    public DuplicateClaimException(String existingClaimId) {
        super("duplicate of claim " + existingClaimId, null, false, false);
        this.existingClaimId = existingClaimId;
    }

    public String existingClaimId() {
        return existingClaimId;
    }
}
