package org.factcheck.claims.store.dynamodb;

import static org.factcheck.claims.store.dynamodb.Attributes.n;
import static org.factcheck.claims.store.dynamodb.Attributes.s;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factcheck.claims.AppConfig;
import org.factcheck.claims.domain.Appearance;
import org.factcheck.claims.domain.Claim;
import org.factcheck.claims.domain.Verdict;
import org.factcheck.claims.store.ArticleImport;
import org.factcheck.claims.store.ClaimQuery;
import org.factcheck.claims.store.ClaimStore;
import org.factcheck.claims.store.DuplicateClaimException;
import org.factcheck.claims.store.IdempotencyConflictException;
import org.factcheck.claims.store.Page;
import org.factcheck.claims.store.StoredResponse;
import org.factcheck.claims.store.VersionConflictException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** {@link ClaimStore} on one DynamoDB table; see {@link Keys} for the layout. */
public final class DynamoDbClaimStore implements ClaimStore {
    private static final String NOT_EXISTS = "attribute_not_exists(pk)";
    private static final String AT_VERSION = "version = :expected";
    /** BatchGetItem takes at most 100 keys. */
    private static final int BATCH_GET_LIMIT = 100;

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoDbClaimStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** The store a function uses: the shared client and the table from the environment. */
    public static DynamoDbClaimStore fromEnvironment() {
        return new DynamoDbClaimStore(DynamoDbClients.shared(), AppConfig.fromEnvironment().tableName());
    }

    // ---- writes: each is one TransactWriteItems request, so all its items change or none

    @Override
    public void create(Claim claim, StoredResponse idempotency) {
        Transaction tx = new Transaction();
        addNewClaim(tx, claim);
        tx.idempotency(idempotency);
        tx.commit();
    }

    @Override
    public void update(Claim updated, long expectedVersion, List<Appearance> addedAppearances, StoredResponse idempotency) {
        Transaction tx = new Transaction();
        tx.add(putAtVersion(updated, expectedVersion), Role.claim(updated.id()));
        addAppearanceEntries(tx, updated.id(), addedAppearances);
        tx.idempotency(idempotency);
        tx.commit();
    }

    @Override
    public void publishVerdict(Claim updated, long expectedVersion, StoredResponse idempotency) {
        Transaction tx = new Transaction();
        tx.add(putAtVersion(updated, expectedVersion), Role.claim(updated.id()));
        tx.add(put(ClaimItems.verdictItem(updated.id(), updated.verdict()), NOT_EXISTS), Role.claim(updated.id()));
        tx.idempotency(idempotency);
        tx.commit();
    }

    @Override
    public void importArticle(ArticleImport writes, StoredResponse idempotency) {
        Transaction tx = new Transaction();
        for (Claim claim : writes.created()) addNewClaim(tx, claim);
        for (ArticleImport.Link link : writes.linked()) {
            if (link.added().isEmpty()) continue;
            tx.add(putAtVersion(link.updated(), link.expectedVersion()), Role.claim(link.updated().id()));
            addAppearanceEntries(tx, link.updated().id(), link.added());
        }
        tx.idempotency(idempotency);
        if (tx.isEmpty()) return;
        tx.commit();
    }

    private void addNewClaim(Transaction tx, Claim claim) {
        tx.add(put(ClaimItems.claimItem(claim), NOT_EXISTS), Role.OTHER);
        Map<String, AttributeValue> dedup = Attributes.newItem();
        dedup.put(Keys.PK, s(Keys.dedupPk(claim.duplicateKey())));
        dedup.put(Keys.SK, s(Keys.DEDUP_SK));
        dedup.put(Keys.CLAIM_ID, s(claim.id()));
        tx.add(TransactWriteItem.builder().put(Put.builder().tableName(table).item(dedup).conditionExpression(NOT_EXISTS)
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD).build()).build(),
                Role.duplicate(claim.duplicateKey()));
        addAppearanceEntries(tx, claim.id(), claim.appearances());
    }

    /**
     * The byOutlet entries of these appearances: one per outlet, since two reports by one
     * outlet (other urls) share an entry and a transaction may write an item only once.
     */
    private void addAppearanceEntries(Transaction tx, String claimId, List<Appearance> appearances) {
        java.util.Set<String> outlets = new java.util.HashSet<>();
        for (Appearance a : appearances) {
            if (outlets.add(Keys.appearanceSk(a.outlet()))) tx.add(put(ClaimItems.appearanceItem(claimId, a), null), Role.OTHER);
        }
    }

    private TransactWriteItem putAtVersion(Claim claim, long expectedVersion) {
        return TransactWriteItem.builder().put(Put.builder()
                .tableName(table)
                .item(ClaimItems.claimItem(claim))
                .conditionExpression(AT_VERSION)
                .expressionAttributeValues(Map.of(":expected", n(expectedVersion)))
                .build()).build();
    }

    private TransactWriteItem put(Map<String, AttributeValue> item, String condition) {
        Put.Builder put = Put.builder().tableName(table).item(item);
        if (condition != null) put.conditionExpression(condition);
        return TransactWriteItem.builder().put(put.build()).build();
    }

    /** What a failed condition on a write means. */
    private record Role(String kind, String value) {
        static final Role OTHER = new Role("other", null);
        static final Role IDEMPOTENCY = new Role("idempotency", null);

        static Role claim(String id) {
            return new Role("claim", id);
        }

        static Role duplicate(String key) {
            return new Role("duplicate", key);
        }
    }

    /** Collects writes, each with what its failed condition would mean; commits them as one TransactWriteItems. */
    private final class Transaction {
        private final List<TransactWriteItem> writes = new ArrayList<>();
        private final List<Role> roles = new ArrayList<>();

        void add(TransactWriteItem write, Role role) {
            writes.add(write);
            roles.add(role);
        }

        /** Goes first, so that when a retry races its twin this is the failure reported. */
        void idempotency(StoredResponse record) {
            if (record == null) return;
            writes.addFirst(IdempotencyItems.put(table, record, Instant.now().getEpochSecond()));
            roles.addFirst(Role.IDEMPOTENCY);
        }

        boolean isEmpty() {
            return writes.isEmpty();
        }

        /** Each attempt is a new request (a new ClientRequestToken): a cancelled one changed nothing. */
        void commit() {
            ItemSizes.checkTransaction(writes);
            for (int attempt = 1; ; attempt++) {
                try {
                    dynamo.transactWriteItems(r -> r.transactItems(writes));
                    return;
                } catch (TransactionCanceledException e) {
                    if (!Contention.isTransient(e)) throw explain(e);
                    if (attempt == Contention.ATTEMPTS) throw Contention.persisted(e);
                    Contention.pause(attempt);
                } catch (SdkException e) {
                    throw Failures.translate(e);
                }
            }
        }

        /** The first failed condition decides: the idempotency key, then a duplicate, then a stale claim. */
        private RuntimeException explain(TransactionCanceledException e) {
            List<CancellationReason> reasons = e.hasCancellationReasons() ? e.cancellationReasons() : List.of();
            RuntimeException duplicate = null;
            RuntimeException stale = null;
            for (int i = 0; i < reasons.size() && i < roles.size(); i++) {
                String code = reasons.get(i).code();
                Role role = roles.get(i);
                if (!"ConditionalCheckFailed".equals(code)) continue;
                switch (role.kind()) {
                    case "idempotency" -> {
                        return new IdempotencyConflictException();
                    }
                    case "duplicate" -> {
                        if (duplicate == null) duplicate = new DuplicateClaimException(existingClaimId(reasons.get(i), role.value()));
                    }
                    case "claim" -> {
                        if (stale == null) stale = new VersionConflictException(role.value());
                    }
                    default -> { }
                }
            }
            if (duplicate != null) return duplicate;
            if (stale != null) return stale;
            return Failures.translate(e);
        }
    }

    /** The claim a duplicate marker names: from the cancellation reason, else read (an emulator may omit it). */
    private String existingClaimId(CancellationReason reason, String duplicateKey) {
        if (reason.hasItem() && reason.item().containsKey(Keys.CLAIM_ID)) return reason.item().get(Keys.CLAIM_ID).s();
        GetItemResponse marker = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Map.of(Keys.PK, s(Keys.dedupPk(duplicateKey)), Keys.SK, s(Keys.DEDUP_SK))));
        return marker.hasItem() ? marker.item().get(Keys.CLAIM_ID).s() : null;
    }

    // ---- reads

    @Override
    public Optional<Claim> find(String claimId) {
        try {
            GetItemResponse response = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                    .key(claimKey(claimId)));
            return response.hasItem() && !response.item().isEmpty()
                    ? Optional.of(ClaimItems.claim(response.item()))
                    : Optional.empty();
        } catch (SdkException e) {
            throw Failures.translate(e);
        }
    }

    @Override
    public List<Claim> findAll(List<String> claimIds) {
        List<Claim> out = new ArrayList<>();
        for (Map<String, AttributeValue> item : batchGet(claimIds.stream().distinct().map(DynamoDbClaimStore::claimKey).toList())) {
            out.add(ClaimItems.claim(item));
        }
        return out;
    }

    @Override
    public Map<String, String> findDuplicates(List<String> duplicateKeys) {
        Map<String, String> out = new HashMap<>();
        List<Map<String, AttributeValue>> keys = duplicateKeys.stream().distinct()
                .map(k -> Map.of(Keys.PK, s(Keys.dedupPk(k)), Keys.SK, s(Keys.DEDUP_SK)))
                .toList();
        for (Map<String, AttributeValue> item : batchGet(keys)) {
            out.put(item.get(Keys.PK).s().substring("DEDUP#".length()), item.get(Keys.CLAIM_ID).s());
        }
        return out;
    }

    /** Consistent BatchGetItem, following unprocessed keys. */
    List<Map<String, AttributeValue>> batchGet(List<Map<String, AttributeValue>> keys) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        try {
            for (int from = 0; from < keys.size(); from += BATCH_GET_LIMIT) {
                Map<String, KeysAndAttributes> request = Map.of(table, KeysAndAttributes.builder()
                        .keys(keys.subList(from, Math.min(keys.size(), from + BATCH_GET_LIMIT)))
                        .consistentRead(true)
                        .build());
                // Unprocessed keys come back with backoff; a page is never served with claims missing.
                for (int attempt = 0; !request.isEmpty(); attempt++) {
                    if (attempt == 5) throw new org.factcheck.claims.store.StoreUnavailableException("unprocessed keys", null);
                    if (attempt > 0) Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(10, 20L << attempt));
                    Map<String, KeysAndAttributes> next = request;
                    var response = dynamo.batchGetItem(r -> r.requestItems(next));
                    items.addAll(response.responses().getOrDefault(table, List.of()));
                    request = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
                }
            }
        } catch (SdkException e) {
            throw Failures.translate(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new org.factcheck.claims.store.StoreUnavailableException("interrupted", e);
        }
        return items;
    }

    @Override
    public Page<Claim> list(ClaimQuery query) {
        return new ClaimQueries(dynamo, table, this).list(query);
    }

    @Override
    public Optional<Page<Verdict>> verdicts(String claimId, int limit, String cursor) {
        // One Query answers both "which verdicts" and "does the claim exist": sort keys put
        // CLAIM just before VERDICT#..., so reading backwards from the end ends at the claim.
        Map<String, AttributeValue> start = Cursors.decode(cursor, Cursors.Kind.VERDICT, java.util.Set.of(Keys.PK, Keys.SK), Keys.PK,
                Keys.claimPk(claimId));
        if (start != null && !start.get(Keys.SK).s().startsWith(Keys.VERDICT_PREFIX)) {
            throw new org.factcheck.claims.store.InvalidCursorException();
        }
        QueryResponse response;
        try {
            response = dynamo.query(r -> r.tableName(table)
                    .consistentRead(true)
                    .keyConditionExpression("pk = :pk AND sk >= :claim")
                    .expressionAttributeValues(Map.of(":pk", s(Keys.claimPk(claimId)), ":claim", s(Keys.CLAIM_SK)))
                    .scanIndexForward(false)
                    .exclusiveStartKey(start)
                    .limit(limit + 1));
        } catch (SdkException e) {
            throw Failures.translate(e);
        }
        List<Verdict> verdicts = new ArrayList<>();
        boolean claimSeen = start != null;
        Map<String, AttributeValue> last = null;
        for (Map<String, AttributeValue> item : response.items()) {
            if (Keys.CLAIM_SK.equals(item.get(Keys.SK).s())) {
                claimSeen = true;
                break;
            }
            if (verdicts.size() == limit) break;
            verdicts.add(ClaimItems.verdict(item));
            last = item;
        }
        if (!claimSeen && verdicts.isEmpty()) return Optional.empty();
        boolean more = response.items().size() > verdicts.size() && !Keys.CLAIM_SK.equals(
                response.items().get(verdicts.size()).get(Keys.SK).s());
        String next = more && last != null
                ? Cursors.encode(Cursors.Kind.VERDICT, Map.of(Keys.PK, last.get(Keys.PK), Keys.SK, last.get(Keys.SK)))
                : null;
        return Optional.of(new Page<>(verdicts, next));
    }

    @Override
    public Optional<StoredResponse> findResponse(String keyHash) {
        try {
            GetItemResponse response = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                    .key(IdempotencyItems.key(keyHash)));
            if (!response.hasItem() || response.item().isEmpty()) return Optional.empty();
            StoredResponse stored = IdempotencyItems.read(keyHash, response.item());
            return stored.expiresAtEpochSeconds() < Instant.now().getEpochSecond() ? Optional.empty() : Optional.of(stored);
        } catch (SdkException e) {
            throw Failures.translate(e);
        }
    }

    static Map<String, AttributeValue> claimKey(String claimId) {
        return Map.of(Keys.PK, s(Keys.claimPk(claimId)), Keys.SK, s(Keys.CLAIM_SK));
    }
}
