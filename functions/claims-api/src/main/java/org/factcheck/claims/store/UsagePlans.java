package org.factcheck.claims.store;

/**
 * Per-client metering: each API key gets an API Gateway API key in the stage's usage
 * plan, which the authorizer names as the request's usage identifier.
 */
public interface UsagePlans {
    /** An API Gateway API key: its id and value (a usage identifier, not a credential). */
    record UsageKey(String id, String value) {}

    /** Creates and enrols a usage key for a client, or returns null where there is no usage plan. */
    UsageKey enrol(String keyId, String owner);

    /** Removes a client's usage key, so API Gateway admits the client no more; a key already gone counts as removed. */
    void remove(String usageKeyId);

    /** For local runs: no usage plan. */
    UsagePlans NONE = new UsagePlans() {
        @Override
        public UsageKey enrol(String keyId, String owner) {
            return null;
        }

        @Override
        public void remove(String usageKeyId) {}
    };
}
