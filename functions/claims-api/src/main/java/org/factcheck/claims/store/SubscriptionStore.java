package org.factcheck.claims.store;

import java.util.Optional;
import org.factcheck.claims.domain.Subscription;

/**
 * Webhook subscriptions, each with its matching index entries and its signing secret,
 * written together. A key reaches only its own subscriptions ({@code ownerKeyId}); only
 * {@link #listAll} crosses keys (for admins). Secrets are written here, never read back.
 */
public interface SubscriptionStore {

    /**
     * Stores a new subscription and its secret, unless its owner has {@code maxPerKey}
     * already ({@link SubscriptionLimitException}).
     */
    void create(Subscription subscription, String secret, int maxPerKey);

    Optional<Subscription> find(String ownerKeyId, String id);

    /** The owner's subscriptions, newest first. */
    Page<Subscription> list(String ownerKeyId, int limit, String cursor);

    /** Every key's subscriptions, newest first. */
    Page<Subscription> listAll(int limit, String cursor);

    /**
     * Replaces {@code before} (as read, at its version) with {@code after}, index entries
     * included ({@link VersionConflictException} when it changed meanwhile).
     */
    void update(Subscription before, Subscription after);

    /** Deletes the subscription, its index entries and its secret; false when the owner has no such subscription. */
    default boolean delete(String ownerKeyId, String id) {
        Optional<Subscription> found = find(ownerKeyId, id);
        found.ifPresent(this::remove);
        return found.isPresent();
    }

    /**
     * Deletes {@code found} (as read, at its version) with its index entries and secret
     * ({@link VersionConflictException} when it changed meanwhile).
     */
    void remove(Subscription found);

    /**
     * Makes {@code newSecret} the signing secret; the one it replaces keeps signing until
     * {@code previousExpiresAt}. Returns the subscription as it now is, or empty when the
     * owner has no such subscription.
     */
    Optional<Subscription> rotateSecret(
            String ownerKeyId, String id, String newSecret, String now, String previousExpiresAt);
}
