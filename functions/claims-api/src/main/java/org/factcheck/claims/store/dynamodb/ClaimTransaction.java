package org.factcheck.claims.store.dynamodb;

import static software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure.ALL_OLD;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.factcheck.claims.domain.Appearance;
import org.factcheck.claims.domain.Claim;
import org.factcheck.claims.domain.Verdict;
import org.factcheck.claims.store.ChangeEvent;
import org.factcheck.claims.store.StoredResponse;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.model.TransactPutItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.TransactWriteItemsEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The puts of one change, each with its condition and what that condition failing means,
 * committed as one TransactWriteItems request: all of them happen or none.
 */
final class ClaimTransaction {
    private static final Expression NOT_EXISTS =
            Expression.builder().expression("attribute_not_exists(pk)").build();

    private final ClaimTable table;
    private final List<Write<?>> writes = new ArrayList<>();
    private final List<EventSchema.DayMarker> markers = new ArrayList<>();

    ClaimTransaction(ClaimTable table) {
        this.table = table;
    }

    private record Write<T>(DynamoDbTable<T> table, T item, Expression condition, ConditionMeaning meaning) {
        void addTo(TransactWriteItemsEnhancedRequest.Builder request) {
            TransactPutItemEnhancedRequest.Builder<T> put = TransactPutItemEnhancedRequest.builder(
                            table.tableSchema().itemType().rawClass())
                    .item(item)
                    .conditionExpression(condition);
            // The marker names the claim that exists: no second read to answer 409.
            if (meaning.kind() == ConditionMeaning.Kind.DUPLICATE_CLAIM)
                put.returnValuesOnConditionCheckFailure(ALL_OLD);
            request.addPutItem(table, put.build());
        }
    }

    /** A new claim with its duplicate marker and outlet index entries. */
    void newClaim(Claim claim) {
        writes.add(new Write<>(table.claims(), claim, NOT_EXISTS, ConditionMeaning.NOTHING_TO_REPORT));
        writes.add(new Write<>(
                table.markers(),
                new DuplicateMarkerSchema.Marker(claim.duplicateKey(), claim.id()),
                NOT_EXISTS,
                ConditionMeaning.duplicateClaim(claim.duplicateKey())));
        appearances(claim.id(), claim.appearances());
    }

    /** Replaces a claim whose stored version is {@code expectedVersion}. */
    void claimAtVersion(Claim claim, long expectedVersion) {
        Expression atVersion = Expression.builder()
                .expression("version = :expected")
                .putExpressionValue(":expected", AttributeValue.fromN(Long.toString(expectedVersion)))
                .build();
        writes.add(new Write<>(table.claims(), claim, atVersion, ConditionMeaning.staleClaim(claim.id())));
    }

    /** Appends a verdict to its claim's history; a revision is written once. */
    void verdict(String claimId, Verdict verdict) {
        writes.add(new Write<>(
                table.verdicts(),
                new VerdictSchema.Entry(claimId, verdict),
                NOT_EXISTS,
                ConditionMeaning.staleClaim(claimId)));
    }

    /**
     * The byOutlet entries of these appearances: one per outlet, since two reports by one
     * outlet (other urls) share an entry and a transaction may write an item only once.
     */
    void appearances(String claimId, List<Appearance> appearances) {
        Set<String> outlets = new HashSet<>();
        for (Appearance a : appearances) {
            AppearanceSchema.Entry entry = AppearanceSchema.Entry.of(claimId, a);
            if (outlets.add(entry.outletKey())) {
                writes.add(new Write<>(table.appearances(), entry, null, ConditionMeaning.NOTHING_TO_REPORT));
            }
        }
    }

    /**
     * A put that succeeds only if the key is unused or its record has expired (TTL deletes
     * lazily). Goes first, so that when a retry races its twin this is the failure reported.
     */
    void idempotency(StoredResponse record) {
        if (record == null) return;
        Expression unusedOrExpired = Expression.builder()
                .expression("attribute_not_exists(pk) OR expiresAt < :now")
                .putExpressionValue(
                        ":now", AttributeValue.fromN(Long.toString(Instant.now().getEpochSecond())))
                .build();
        writes.addFirst(new Write<>(table.responses(), record, unusedOrExpired, ConditionMeaning.IDEMPOTENCY_KEY_USED));
    }

    /**
     * The change's event, and the feed's marker of its day unless this store wrote that
     * already. Both are new items: unconditional puts (event ids are unique).
     */
    void event(ChangeEvent event) {
        writes.add(new Write<>(table.events(), event, null, ConditionMeaning.NOTHING_TO_REPORT));
        EventSchema.DayMarker marker = table.markerFor(EventSchema.day(event.id()));
        if (marker != null && !markers.contains(marker)) {
            markers.add(marker);
            writes.add(new Write<>(table.dayMarkers(), marker, null, ConditionMeaning.NOTHING_TO_REPORT));
        }
    }

    boolean isEmpty() {
        return writes.isEmpty();
    }

    /** Each attempt is a new request (a new ClientRequestToken): a cancelled one changed nothing. */
    void commit() {
        TransactWriteItemsEnhancedRequest.Builder builder = TransactWriteItemsEnhancedRequest.builder();
        for (Write<?> write : writes) write.addTo(builder);
        TransactWriteItemsEnhancedRequest request = builder.build();
        // The items as the request will send them: mapping each item again cost as much as the build.
        ItemSizes.checkTransaction(
                request.transactWriteItems().stream().map(w -> w.put().item()).toList());
        List<ConditionMeaning> meanings = writes.stream().map(Write::meaning).toList();
        TransactionCanceledException[] last = new TransactionCanceledException[1];
        Contention.BACKOFF.run(
                attempt -> {
                    try {
                        table.client().transactWriteItems(request);
                        return Optional.of(Boolean.TRUE);
                    } catch (TransactionCanceledException e) {
                        if (!Contention.isTransient(e)) throw CancellationReasons.explain(e, meanings, table);
                        last[0] = e;
                        return Optional.empty();
                    } catch (SdkException e) {
                        throw Failures.translate(e);
                    }
                },
                () -> Contention.persisted(last[0]));
        markers.forEach(table::marked);
    }
}
