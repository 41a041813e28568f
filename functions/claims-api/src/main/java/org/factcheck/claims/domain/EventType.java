package org.factcheck.claims.domain;

/** What a change event reports; {@link #wireName()} is its {@code type} in events, the feed and webhooks. */
public enum EventType {
    CLAIM_CREATED("claim.created"),
    CLAIM_UPDATED("claim.updated"),
    APPEARANCE_ADDED("appearance.added"),
    VERDICT_PUBLISHED("verdict.published"),
    VERDICT_REVISED("verdict.revised"),
    CLAIM_RETRACTED("claim.retracted");

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The type with this wire name, or null. */
    public static EventType fromWireName(String name) {
        for (EventType t : values()) if (t.wireName.equals(name)) return t;
        return null;
    }
}
