package org.factcheck.claims.store.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.factcheck.claims.domain.Subscription;
import org.factcheck.claims.domain.SubscriptionFilter.MatchKey;
import org.factcheck.claims.store.Page;
import org.factcheck.claims.store.SubscriptionLimitException;
import org.factcheck.claims.store.SubscriptionStore;
import org.factcheck.claims.store.VersionConflictException;

/**
 * {@link SubscriptionStore} in memory, for unit tests; {@code SubscriptionStoreContract}
 * holds it to what the DynamoDB store does. It keeps secrets and match entries as the
 * DynamoDB store does, readable here ({@link #secret}, {@link #matching}) for the tests.
 */
public final class InMemorySubscriptionStore implements SubscriptionStore {
    /** The signing secrets of one subscription, as the secrets table holds them. */
    public record Secrets(String secret, String previousSecret, String previousExpiresAt) {}

    private static final String KIND = "SUBSCRIPTION";
    private final NavigableMap<String, Subscription> byId = new TreeMap<>();
    private final Map<String, Secrets> secrets = new HashMap<>();
    private final Map<MatchKey, Set<String>> index = new HashMap<>();

    @Override
    public synchronized void create(Subscription s, String secret, int maxPerKey) {
        if (byId.values().stream()
                        .filter(x -> x.ownerKeyId().equals(s.ownerKeyId()))
                        .count()
                >= maxPerKey) {
            throw new SubscriptionLimitException(maxPerKey);
        }
        byId.put(s.id(), s);
        secrets.put(s.id(), new Secrets(secret, null, null));
        s.filter()
                .matchKeys()
                .forEach(k -> index.computeIfAbsent(k, x -> new TreeSet<>()).add(s.id()));
    }

    @Override
    public synchronized Optional<Subscription> find(String ownerKeyId, String id) {
        return Optional.ofNullable(byId.get(id)).filter(s -> s.ownerKeyId().equals(ownerKeyId));
    }

    @Override
    public synchronized Page<Subscription> list(String ownerKeyId, int limit, String cursor) {
        return page(s -> s.ownerKeyId().equals(ownerKeyId), "owner#" + ownerKeyId, limit, cursor);
    }

    @Override
    public synchronized Page<Subscription> listAll(int limit, String cursor) {
        return page(s -> true, "all", limit, cursor);
    }

    private Page<Subscription> page(Predicate<Subscription> of, String scope, int limit, String cursor) {
        String after = MemoryCursors.decode(cursor, KIND, scope);
        NavigableMap<String, Subscription> rest = after == null
                ? byId.descendingMap()
                : byId.headMap(after, false).descendingMap();
        List<Subscription> items = new ArrayList<>();
        for (Subscription s : rest.values()) {
            if (!of.test(s)) continue;
            if (items.size() == limit) break;
            items.add(s);
        }
        // As DynamoDB: a full page has a cursor, even when nothing follows.
        String next = items.size() == limit
                ? MemoryCursors.encode(KIND, scope, items.getLast().id())
                : null;
        return new Page<>(items, next);
    }

    @Override
    public synchronized void update(Subscription before, Subscription after) {
        Subscription stored = byId.get(before.id());
        if (stored == null || stored.version() != before.version()) throw new VersionConflictException(before.id());
        before.filter().matchKeys().forEach(k -> index.get(k).remove(before.id()));
        after.filter()
                .matchKeys()
                .forEach(k -> index.computeIfAbsent(k, x -> new TreeSet<>()).add(after.id()));
        byId.put(after.id(), after);
    }

    @Override
    public synchronized void remove(Subscription found) {
        String id = found.id();
        Subscription stored = byId.get(id);
        if (stored == null || stored.version() != found.version()) throw new VersionConflictException(id);
        byId.remove(id);
        secrets.remove(id);
        stored.filter().matchKeys().forEach(k -> index.get(k).remove(id));
    }

    @Override
    public synchronized Optional<Subscription> rotateSecret(
            String ownerKeyId, String id, String newSecret, String now, String previousExpiresAt) {
        Optional<Subscription> found = find(ownerKeyId, id);
        if (found.isEmpty()) return Optional.empty();
        Subscription s = found.get();
        secrets.put(id, new Secrets(newSecret, secrets.get(id).secret(), previousExpiresAt));
        Subscription rotated = s.withSecretRotated(now, previousExpiresAt);
        byId.put(id, rotated);
        return Optional.of(rotated);
    }

    /** The secrets of a subscription, as delivery would read them; null once deleted. */
    public synchronized Secrets secret(String id) {
        return secrets.get(id);
    }

    /** The ids of the subscriptions indexed under {@code key}. */
    public synchronized Set<String> matching(MatchKey key) {
        return Set.copyOf(index.getOrDefault(key, Set.of()));
    }
}
