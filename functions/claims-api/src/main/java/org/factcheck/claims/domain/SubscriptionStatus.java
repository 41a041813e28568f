package org.factcheck.claims.domain;

/** Whether a webhook subscription receives deliveries: PAUSED after failing for 24 hours (or by its owner). */
public enum SubscriptionStatus {
    ACTIVE,
    PAUSED
}
