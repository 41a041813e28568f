package org.factcheck.claims.priming;

import java.util.List;
import java.util.Optional;
import org.factcheck.claims.domain.Subscription;
import org.factcheck.claims.store.Page;
import org.factcheck.claims.store.SubscriptionStore;

/**
 * The subscription functions' store during priming, as {@link SampleClaims} is the claim
 * functions': every call goes to DynamoDB, the answers are those of a table holding just
 * the sample, and a write the dry run stopped (sent bound to fail, or not sent) counts as done.
 */
record SampleSubscriptions(SubscriptionStore store, Subscription sample) implements SubscriptionStore {

    @Override
    public Optional<Subscription> find(String ownerKeyId, String id) {
        boolean theSample = ownerKeyId.equals(sample.ownerKeyId()) && id.equals(sample.id());
        return SampleClaims.readOrSample(theSample, sample, () -> store.find(ownerKeyId, id));
    }

    @Override
    public Page<Subscription> list(String ownerKeyId, int limit, String cursor) {
        Page<Subscription> found = store.list(ownerKeyId, limit, cursor);
        return ownerKeyId.equals(sample.ownerKeyId()) ? new Page<>(List.of(sample), null) : found;
    }

    @Override
    public Page<Subscription> listAll(int limit, String cursor) {
        store.listAll(limit, cursor);
        return new Page<>(List.of(sample), null);
    }

    @Override
    public void create(Subscription subscription, String secret, int maxPerKey) {
        SampleClaims.unsent(() -> store.create(subscription, secret, maxPerKey));
    }

    @Override
    public void update(Subscription before, Subscription after) {
        SampleClaims.unsent(() -> store.update(before, after));
    }

    @Override
    public void remove(Subscription found) {
        SampleClaims.unsent(() -> store.remove(found));
    }

    @Override
    public Optional<Subscription> rotateSecret(
            String ownerKeyId, String id, String newSecret, String now, String previousExpiresAt) {
        SampleClaims.unsent(() -> store.rotateSecret(ownerKeyId, id, newSecret, now, previousExpiresAt));
        return find(ownerKeyId, id).map(s -> s.withSecretRotated(now, previousExpiresAt));
    }
}
