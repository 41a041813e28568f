package org.factcheck.claims.domain;

/** Where a claim is in the fact-checking workflow. */
public enum ClaimStatus {
    UNVERIFIED,
    IN_REVIEW,
    RATED,
    RETRACTED
}
