package org.factcheck.claims.store.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.factcheck.claims.domain.Appearance;
import org.factcheck.claims.domain.Claim;
import org.factcheck.claims.domain.KeySizes;
import org.factcheck.claims.domain.TextNormalizer;
import org.factcheck.claims.domain.Verdict;
import org.factcheck.claims.store.ArticleImport;
import org.factcheck.claims.store.ChangeEvent;
import org.factcheck.claims.store.ChangePage;
import org.factcheck.claims.store.ChangeQuery;
import org.factcheck.claims.store.ClaimQuery;
import org.factcheck.claims.store.ClaimStore;
import org.factcheck.claims.store.DuplicateClaimException;
import org.factcheck.claims.store.IdempotencyConflictException;
import org.factcheck.claims.store.InvalidCursorException;
import org.factcheck.claims.store.Page;
import org.factcheck.claims.store.StoredResponse;
import org.factcheck.claims.store.VersionConflictException;
import org.factcheck.claims.store.WriteTooLargeException;

/**
 * {@link ClaimStore} in memory, for unit tests of the handlers. {@code ClaimStoreContract}
 * runs the same assertions against this and the DynamoDB store on the emulator. It keeps
 * what DynamoDB keeps (claims, verdict history, outlet index entries, duplicate markers,
 * idempotency records) and answers as the DynamoDB store's indexes do: a Query reads
 * {@code limit} index entries, then the other filters narrow them.
 * Not modelled: item and transaction sizes in bytes (ItemSizesTest covers those), and faults.
 */
public final class InMemoryClaimStore implements ClaimStore {

    private final Map<String, Claim> claims = new HashMap<>();
    private final Map<String, NavigableMap<Integer, Verdict>> verdicts = new HashMap<>();
    /** Per claim, the normalized outlets with a byOutlet entry. */
    private final Map<String, Set<String>> outletEntries = new HashMap<>();

    private final Map<String, String> duplicates = new HashMap<>();
    private final Map<String, StoredResponse> responses = new HashMap<>();
    private final InMemoryChangeFeed feed = new InMemoryChangeFeed();

    // ---- writes: conditions are checked first, then everything is applied, as in one transaction

    @Override
    public synchronized void create(Claim claim, ChangeEvent event, StoredResponse idempotency) {
        Transaction tx = new Transaction(idempotency);
        tx.create(claim);
        tx.event(event);
        tx.commit();
    }

    @Override
    public synchronized void update(
            Claim updated,
            long expectedVersion,
            List<Appearance> addedAppearances,
            ChangeEvent event,
            StoredResponse idempotency) {
        Transaction tx = new Transaction(idempotency);
        tx.replace(updated, expectedVersion, addedAppearances);
        tx.event(event);
        tx.commit();
    }

    @Override
    public synchronized void publishVerdict(
            Claim updated, long expectedVersion, ChangeEvent event, StoredResponse idempotency) {
        Transaction tx = new Transaction(idempotency);
        tx.replace(updated, expectedVersion, List.of());
        tx.event(event);
        tx.items++;
        if (verdicts.getOrDefault(updated.id(), new TreeMap<>())
                .containsKey(updated.verdict().revision())) {
            tx.stale(updated.id());
        }
        tx.apply.add(() -> verdicts.computeIfAbsent(updated.id(), id -> new TreeMap<>())
                .put(updated.verdict().revision(), updated.verdict()));
        tx.commit();
    }

    @Override
    public synchronized void importArticle(ArticleImport writes, StoredResponse idempotency) {
        Transaction tx = new Transaction(idempotency);
        for (Claim claim : writes.created()) tx.create(claim);
        for (ArticleImport.Link link : writes.linked()) {
            if (!link.added().isEmpty()) tx.replace(link.updated(), link.expectedVersion(), link.added());
        }
        for (ChangeEvent event : writes.events()) tx.event(event);
        if (tx.items == 0) return;
        tx.commit();
    }

    /** The writes of one transaction, and the first failed condition of each meaning. */
    private final class Transaction {
        final List<Runnable> apply = new ArrayList<>();
        int items;
        boolean idempotencyUsed;
        RuntimeException duplicate;
        RuntimeException stale;
        /** A claim id already taken: DynamoDB's store lets that cancellation through as it is. */
        RuntimeException other;

        Transaction(StoredResponse idempotency) {
            if (idempotency == null) return;
            items++;
            StoredResponse old = responses.get(idempotency.keyHash());
            // DynamoDB's TTL deletes late, so an expired record is overwritten, not refused.
            idempotencyUsed =
                    old != null && old.expiresAtEpochSeconds() >= Instant.now().getEpochSecond();
            apply.add(() -> responses.put(idempotency.keyHash(), idempotency));
        }

        void create(Claim claim) {
            items += 2;
            String existing = duplicates.get(claim.duplicateKey());
            if (existing != null && duplicate == null) duplicate = new DuplicateClaimException(existing);
            if (claims.containsKey(claim.id()) && other == null)
                other = new IllegalStateException("claim id " + claim.id() + " is taken");
            apply.add(() -> {
                claims.put(claim.id(), claim);
                duplicates.put(claim.duplicateKey(), claim.id());
            });
            index(claim.id(), claim.appearances());
        }

        void replace(Claim updated, long expectedVersion, List<Appearance> added) {
            items++;
            Claim current = claims.get(updated.id());
            if (current == null || current.version() != expectedVersion) stale(updated.id());
            apply.add(() -> claims.put(updated.id(), updated));
            index(updated.id(), added);
        }

        void event(ChangeEvent event) {
            items++;
            apply.add(() -> feed.add(event));
        }

        void stale(String claimId) {
            if (stale == null) stale = new VersionConflictException(claimId);
        }

        /** One byOutlet entry per outlet, as a transaction may write an item only once. */
        private void index(String claimId, List<Appearance> appearances) {
            Set<String> outlets = new LinkedHashSet<>();
            for (Appearance a : appearances) outlets.add(nameKey(a.outlet()));
            items += outlets.size();
            apply.add(() -> outletEntries
                    .computeIfAbsent(claimId, id -> new LinkedHashSet<>())
                    .addAll(outlets));
        }

        void commit() {
            if (items > MAX_TRANSACTION_WRITES) {
                throw new WriteTooLargeException(
                        "the change needs " + items + " writes; one transaction holds " + MAX_TRANSACTION_WRITES);
            }
            if (idempotencyUsed) throw new IdempotencyConflictException();
            if (duplicate != null) throw duplicate;
            if (stale != null) throw stale;
            if (other != null) throw other;
            apply.forEach(Runnable::run);
        }
    }

    // ---- reads

    @Override
    public synchronized Optional<Claim> find(String claimId) {
        return Optional.ofNullable(claims.get(claimId));
    }

    @Override
    public synchronized List<Claim> findAll(List<String> claimIds) {
        return claimIds.stream()
                .distinct()
                .map(claims::get)
                .filter(c -> c != null)
                .toList();
    }

    @Override
    public synchronized Map<String, String> findDuplicates(List<String> duplicateKeys) {
        Map<String, String> out = new HashMap<>();
        for (String key : duplicateKeys) {
            String id = duplicates.get(key);
            if (id != null) out.put(key, id);
        }
        return out;
    }

    @Override
    public synchronized ChangePage changes(ChangeQuery query) {
        return feed.page(query);
    }

    /** Every stored event, in id order. */
    public synchronized List<ChangeEvent> events() {
        return feed.all();
    }

    @Override
    public synchronized Optional<StoredResponse> findResponse(String keyHash) {
        StoredResponse stored = responses.get(keyHash);
        if (stored == null || stored.expiresAtEpochSeconds() < Instant.now().getEpochSecond()) return Optional.empty();
        return Optional.of(stored);
    }

    /** The index a query reads, as the DynamoDB store picks it: speaker, outlet, rating, status, since, else all. */
    private record Plan(
            String index,
            String partition,
            Predicate<Claim> inIndex,
            Function<Claim, String> sortKey,
            Predicate<Claim> filter) {}

    @Override
    public synchronized Page<Claim> list(ClaimQuery q) {
        Plan plan = plan(q);
        if (KeySizes.utf8Length(plan.partition()) > KeySizes.PARTITION_KEY_BYTES) return new Page<>(List.of(), null);
        String scope = plan.index() + "|" + plan.partition();
        String after = MemoryCursors.decode(q.cursor(), "CLAIM", scope);
        List<Claim> entries = claims.values().stream()
                .filter(plan.inIndex())
                .filter(c -> after == null || plan.sortKey().apply(c).compareTo(after) < 0)
                .sorted(Comparator.comparing(plan.sortKey()).reversed())
                .toList();
        List<Claim> read = entries.subList(0, Math.min(q.limit(), entries.size()));
        // Like the emulator, a cursor only when more entries follow (DynamoDB may also give one on a full last page).
        String next = entries.size() > read.size()
                ? MemoryCursors.encode("CLAIM", scope, plan.sortKey().apply(read.getLast()))
                : null;
        return new Page<>(read.stream().filter(plan.filter()).toList(), next);
    }

    private Plan plan(ClaimQuery q) {
        Predicate<Claim> status = c -> q.status() == null || c.status() == q.status();
        Predicate<Claim> rating =
                c -> q.rating() == null || (c.verdict() != null && c.verdict().rating() == q.rating());
        Predicate<Claim> outlet = c -> q.outlet() == null || outletsOf(c).contains(q.outlet());
        Predicate<Claim> since = c -> q.since() == null || c.updatedAt().compareTo(q.since()) >= 0;
        Predicate<Claim> all = status.and(rating).and(outlet).and(since);
        Function<Claim, String> byId = Claim::id;
        if (q.speaker() != null) {
            return new Plan(
                    "bySpeaker", q.speaker(), c -> nameKey(c.speaker().name()).equals(q.speaker()), byId, all);
        }
        if (q.outlet() != null) {
            return new Plan(
                    "byOutlet",
                    q.outlet(),
                    c -> outletEntries.getOrDefault(c.id(), Set.of()).contains(q.outlet()),
                    byId,
                    all);
        }
        if (q.rating() != null) return new Plan("byRating", q.rating().name(), rating, byId, all);
        if (q.status() != null) return new Plan("byStatus", q.status().name(), status, byId, all);
        if (q.since() != null) return new Plan("byUpdate", "CLAIM", since, c -> c.updatedAt() + "#" + c.id(), all);
        return new Plan("byCreated", "CLAIM", c -> true, byId, all);
    }

    private static Set<String> outletsOf(Claim c) {
        Set<String> outlets = new LinkedHashSet<>();
        for (Appearance a : c.appearances()) outlets.add(nameKey(a.outlet()));
        return outlets;
    }

    /** Names are indexed normalized, as the DynamoDB store keys them. */
    private static String nameKey(String name) {
        return TextNormalizer.normalize(name);
    }

    @Override
    public synchronized Optional<Page<Verdict>> verdicts(String claimId, int limit, String cursor) {
        String after = MemoryCursors.decode(cursor, "VERDICT", claimId);
        NavigableMap<Integer, Verdict> history = verdicts.getOrDefault(claimId, new TreeMap<>());
        // Like the DynamoDB store's single Query: with a cursor, the claim counts as seen.
        if (after == null && history.isEmpty() && !claims.containsKey(claimId)) return Optional.empty();
        NavigableMap<Integer, Verdict> rest = after == null
                ? history.descendingMap()
                : history.headMap(revision(after), false).descendingMap();
        List<Verdict> page = rest.values().stream().limit(limit).toList();
        String next = rest.size() > page.size()
                ? MemoryCursors.encode(
                        "VERDICT", claimId, Integer.toString(page.getLast().revision()))
                : null;
        return Optional.of(new Page<>(page, next));
    }

    private static int revision(String position) {
        try {
            return Integer.parseInt(position);
        } catch (NumberFormatException e) {
            throw new InvalidCursorException();
        }
    }
}
