package org.factcheck.claims.domain;

/**
 * The workflow rules: UNVERIFIED ⇄ IN_REVIEW → RATED (by a verdict; a later verdict
 * revises it); any state → RETRACTED, which is terminal. Nothing else.
 */
public final class StatusTransition {
    private StatusTransition() {}

    /** Whether a PATCH may move a claim from {@code from} to {@code to}. */
    public static boolean allowed(ClaimStatus from, ClaimStatus to) {
        if (from == ClaimStatus.RETRACTED) return false;
        return switch (to) {
            case IN_REVIEW -> from == ClaimStatus.UNVERIFIED;
            case UNVERIFIED -> from == ClaimStatus.IN_REVIEW;
            case RETRACTED -> true;
            case RATED -> false; // only a published verdict rates a claim
        };
    }

    /** Whether a verdict may be published on a claim in {@code from}: one under review, or a revision. */
    public static boolean verdictAllowed(ClaimStatus from) {
        return from == ClaimStatus.IN_REVIEW || from == ClaimStatus.RATED;
    }
}
