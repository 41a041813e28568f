package org.factcheck.claims.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.factcheck.claims.domain.ChangeFacts;
import org.factcheck.claims.domain.Subscription;

/**
 * What webhook delivery reads and writes: the notifier finds an event's candidate
 * subscriptions through the match index; the delivery function reads one subscription and
 * its signing secrets, and records each attempt's outcome on the subscription.
 */
public interface DeliveryStore {

    /** Subscriptions whose index entries the event meets (a superset: apply {@link ChangeFacts#wantedBy}). */
    List<Subscription> candidates(ChangeFacts facts);

    Optional<Subscription> find(String ownerKeyId, String id);

    /** The secrets that sign now: the current one, and the replaced one until its overlap ends. */
    List<String> signingSecrets(String subscriptionId, Instant now);

    /** A 2xx: the outcome, and no failures in a row. */
    void recordSuccess(String ownerKeyId, String id, Instant at, String outcome);

    /**
     * A failed attempt: one more failure in a row; once the first of them is
     * {@code pauseAfter} old, the subscription is PAUSED with {@code outcome} as the reason.
     * Returns whether this call paused it. A deleted subscription is left alone.
     */
    boolean recordFailure(String ownerKeyId, String id, Instant at, String outcome, Duration pauseAfter);
}
