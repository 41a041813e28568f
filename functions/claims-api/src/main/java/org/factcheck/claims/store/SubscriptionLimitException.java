package org.factcheck.claims.store;

/** The key has as many subscriptions as it may have; nothing was written. */
public final class SubscriptionLimitException extends RuntimeException {
    public SubscriptionLimitException(int max) {
        super("a key may have at most " + max + " subscriptions", null, false, false);
    }
}
