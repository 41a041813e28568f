package org.factcheck.claims.store.dynamodb;

/** What it means when the condition of one write in a transaction fails. */
record ConditionMeaning(Kind kind, String subject) {
    enum Kind {
        NOTHING_TO_REPORT,
        IDEMPOTENCY_KEY_USED,
        DUPLICATE_CLAIM,
        STALE_CLAIM
    }

    static final ConditionMeaning NOTHING_TO_REPORT = new ConditionMeaning(Kind.NOTHING_TO_REPORT, null);
    static final ConditionMeaning IDEMPOTENCY_KEY_USED = new ConditionMeaning(Kind.IDEMPOTENCY_KEY_USED, null);

    /** The claim with this id changed (or does not exist). */
    static ConditionMeaning staleClaim(String claimId) {
        return new ConditionMeaning(Kind.STALE_CLAIM, claimId);
    }

    /** The statement under this duplicate key exists. */
    static ConditionMeaning duplicateClaim(String duplicateKey) {
        return new ConditionMeaning(Kind.DUPLICATE_CLAIM, duplicateKey);
    }
}
