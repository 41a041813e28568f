package org.factcheck.claims.store.dynamodb;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factcheck.claims.AppConfig;
import org.factcheck.claims.domain.Appearance;
import org.factcheck.claims.domain.Claim;
import org.factcheck.claims.domain.Verdict;
import org.factcheck.claims.store.ArticleImport;
import org.factcheck.claims.store.ChangeEvent;
import org.factcheck.claims.store.ChangePage;
import org.factcheck.claims.store.ChangeQuery;
import org.factcheck.claims.store.ClaimQuery;
import org.factcheck.claims.store.ClaimStore;
import org.factcheck.claims.store.Page;
import org.factcheck.claims.store.StoredResponse;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@link ClaimStore} on one DynamoDB table through the enhanced client; the item kinds
 * and their keys are in the *Schema classes. Every write is one {@link ClaimTransaction}.
 */
public final class DynamoDbClaimStore implements ClaimStore {
    private final ClaimTable table;

    public DynamoDbClaimStore(DynamoDbClient dynamo, String tableName) {
        this(DynamoDbClients.enhancedOver(dynamo), tableName);
    }

    DynamoDbClaimStore(DynamoDbEnhancedClient enhanced, String tableName) {
        this.table = new ClaimTable(enhanced, tableName);
    }

    /** The store a function uses: the shared client and the table from the environment. */
    public static DynamoDbClaimStore fromEnvironment() {
        return new DynamoDbClaimStore(
                DynamoDbClients.enhanced(), AppConfig.fromEnvironment().tableName());
    }

    // ---- writes: each is one TransactWriteItems request, so all its items change or none

    @Override
    public void create(Claim claim, ChangeEvent event, StoredResponse idempotency) {
        ClaimTransaction tx = new ClaimTransaction(table);
        tx.newClaim(claim);
        tx.event(event);
        tx.idempotency(idempotency);
        tx.commit();
    }

    @Override
    public void update(
            Claim updated,
            long expectedVersion,
            List<Appearance> addedAppearances,
            ChangeEvent event,
            StoredResponse idempotency) {
        ClaimTransaction tx = new ClaimTransaction(table);
        tx.claimAtVersion(updated, expectedVersion);
        tx.appearances(updated.id(), addedAppearances);
        tx.event(event);
        tx.idempotency(idempotency);
        tx.commit();
    }

    @Override
    public void publishVerdict(Claim updated, long expectedVersion, ChangeEvent event, StoredResponse idempotency) {
        ClaimTransaction tx = new ClaimTransaction(table);
        tx.claimAtVersion(updated, expectedVersion);
        tx.verdict(updated.id(), updated.verdict());
        tx.event(event);
        tx.idempotency(idempotency);
        tx.commit();
    }

    @Override
    public void importArticle(ArticleImport writes, StoredResponse idempotency) {
        ClaimTransaction tx = new ClaimTransaction(table);
        for (Claim claim : writes.created()) tx.newClaim(claim);
        for (ArticleImport.Link link : writes.linked()) {
            if (link.added().isEmpty()) continue;
            tx.claimAtVersion(link.updated(), link.expectedVersion());
            tx.appearances(link.updated().id(), link.added());
        }
        for (ChangeEvent event : writes.events()) tx.event(event);
        tx.idempotency(idempotency);
        if (tx.isEmpty()) return;
        tx.commit();
    }

    // ---- reads

    @Override
    public Optional<Claim> find(String claimId) {
        try {
            return Optional.ofNullable(
                    table.claims().getItem(r -> r.key(ClaimSchema.key(claimId)).consistentRead(true)));
        } catch (SdkException e) {
            throw Failures.translate(e);
        }
    }

    @Override
    public List<Claim> findAll(List<String> claimIds) {
        return BatchReads.get(
                table.client(),
                table.claims(),
                claimIds.stream().distinct().map(ClaimSchema::key).toList());
    }

    @Override
    public Map<String, String> findDuplicates(List<String> duplicateKeys) {
        Map<String, String> out = new HashMap<>();
        List<DuplicateMarkerSchema.Marker> markers = BatchReads.get(
                table.client(),
                table.markers(),
                duplicateKeys.stream()
                        .distinct()
                        .map(DuplicateMarkerSchema::key)
                        .toList());
        for (DuplicateMarkerSchema.Marker marker : markers) out.put(marker.duplicateKey(), marker.claimId());
        return out;
    }

    @Override
    public Page<Claim> list(ClaimQuery query) {
        return new ClaimQueries(table).list(query);
    }

    @Override
    public Optional<Page<Verdict>> verdicts(String claimId, int limit, String cursor) {
        return VerdictHistory.page(table, claimId, limit, cursor);
    }

    @Override
    public ChangePage changes(ChangeQuery query) {
        return new ChangeFeed(table).page(query);
    }

    @Override
    public Optional<StoredResponse> findResponse(String keyHash) {
        StoredResponse stored;
        try {
            stored = table.responses()
                    .getItem(r -> r.key(IdempotencySchema.key(keyHash)).consistentRead(true));
        } catch (SdkException e) {
            throw Failures.translate(e);
        }
        return stored == null || stored.expiresAtEpochSeconds() < Instant.now().getEpochSecond()
                ? Optional.empty()
                : Optional.of(stored);
    }
}
