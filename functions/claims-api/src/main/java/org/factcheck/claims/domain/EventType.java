package org.factcheck.claims.domain;

import java.util.Locale;

/** What a change event reports; {@link #wireName()} is its {@code type} in events, the feed and webhooks. */
public enum EventType implements WireNamed {
    CLAIM_CREATED,
    CLAIM_UPDATED,
    APPEARANCE_ADDED,
    VERDICT_PUBLISHED,
    VERDICT_REVISED,
    CLAIM_RETRACTED;

    /** The name in lower case with dots: {@code claim.created}. */
    private final String wireName = name().toLowerCase(Locale.ROOT).replace('_', '.');

    @Override
    public String wireName() {
        return wireName;
    }

    /** The type with this wire name, or null. */
    public static EventType fromWireName(String name) {
        return Enums.fromWireName(EventType.class, name);
    }
}
