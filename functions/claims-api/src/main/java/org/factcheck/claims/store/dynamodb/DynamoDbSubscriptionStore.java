package org.factcheck.claims.store.dynamodb;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.factcheck.claims.AppConfig;
import org.factcheck.claims.domain.Subscription;
import org.factcheck.claims.domain.SubscriptionFilter.MatchKey;
import org.factcheck.claims.store.Page;
import org.factcheck.claims.store.SubscriptionLimitException;
import org.factcheck.claims.store.SubscriptionStore;
import org.factcheck.claims.store.VersionConflictException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * {@link SubscriptionStore} on the claims table (subscriptions, their match index entries
 * and per-key counts) and the secrets table. Every change is one TransactWriteItems over
 * all the items it touches, so the index and the count never disagree with the subscriptions.
 */
public record DynamoDbSubscriptionStore(DynamoDbClient dynamo, String table, String secretsTable)
        implements SubscriptionStore {
    public static DynamoDbSubscriptionStore fromEnvironment() {
        return new DynamoDbSubscriptionStore(
                DynamoDbClients.shared(),
                AppConfig.fromEnvironment().tableName(),
                AppConfig.subscriptionSecretsTableName());
    }

    @Override
    public void create(Subscription s, String secret, int maxPerKey) {
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder()
                .put(p -> p.tableName(table)
                        .item(SubscriptionSchema.item(s))
                        .conditionExpression("attribute_not_exists(pk)"))
                .build());
        writes.add(TransactWriteItem.builder()
                .update(u -> u.tableName(table)
                        .key(SubscriptionCountSchema.key(s.ownerKeyId()))
                        .updateExpression("ADD #n :one")
                        .conditionExpression("attribute_not_exists(#n) OR #n < :max")
                        .expressionAttributeNames(Map.of("#n", SubscriptionCountSchema.COUNT))
                        .expressionAttributeValues(Map.of(
                                ":one",
                                AttributeValue.fromN("1"),
                                ":max",
                                AttributeValue.fromN(Integer.toString(maxPerKey)))))
                .build());
        writes.add(TransactWriteItem.builder()
                .put(p -> p.tableName(secretsTable)
                        .item(SubscriptionSecretSchema.item(s.id(), secret, s.createdAt()))
                        .conditionExpression("attribute_not_exists(" + SubscriptionSecretSchema.SUBSCRIPTION_ID + ")"))
                .build());
        for (MatchKey key : s.filter().matchKeys()) writes.add(putMatch(key, s));
        if (!transact(writes, 1)) throw new SubscriptionLimitException(maxPerKey);
    }

    @Override
    public Optional<Subscription> find(String ownerKeyId, String id) {
        return read(dynamo, table, ownerKeyId, id);
    }

    /** One subscription by its key, read consistently: for this store and delivery's. */
    static Optional<Subscription> read(DynamoDbClient dynamo, String table, String ownerKeyId, String id) {
        try {
            Map<String, AttributeValue> item = dynamo.getItem(g -> g.tableName(table)
                            .key(SubscriptionSchema.key(ownerKeyId, id))
                            .consistentRead(true))
                    .item();
            return item == null || item.isEmpty()
                    ? Optional.empty()
                    : Optional.of(SubscriptionSchema.SCHEMA.mapToItem(item));
        } catch (SdkException e) {
            throw Failures.translate(e);
        }
    }

    @Override
    public Page<Subscription> list(String ownerKeyId, int limit, String cursor) {
        String pk = SubscriptionSchema.pk(ownerKeyId);
        Map<String, AttributeValue> start =
                Cursors.decode(cursor, Cursors.Kind.SUBSCRIPTION, SubscriptionSchema.SCHEMA, null, pk);
        return page(QueryRequest.builder()
                .tableName(table)
                .keyConditionExpression("pk = :pk AND begins_with(sk, :prefix)")
                .expressionAttributeValues(Map.of(
                        ":pk",
                        AttributeValue.fromS(pk),
                        ":prefix",
                        AttributeValue.fromS(SubscriptionSchema.SK_PREFIX.text())))
                .consistentRead(true)
                .scanIndexForward(false)
                .limit(limit)
                .exclusiveStartKey(start)
                .build());
    }

    @Override
    public Page<Subscription> listAll(int limit, String cursor) {
        Map<String, AttributeValue> start = Cursors.decode(
                cursor, Cursors.Kind.SUBSCRIPTION, SubscriptionSchema.SCHEMA, Keys.BY_CREATED, SubscriptionSchema.FEED);
        return page(QueryRequest.builder()
                .tableName(table)
                .indexName(Keys.BY_CREATED)
                .keyConditionExpression(Keys.FEED_KEY + " = :feed")
                .expressionAttributeValues(Map.of(":feed", AttributeValue.fromS(SubscriptionSchema.FEED)))
                .scanIndexForward(false)
                .limit(limit)
                .exclusiveStartKey(start)
                .build());
    }

    private Page<Subscription> page(QueryRequest request) {
        try {
            QueryResponse response = dynamo.query(request);
            List<Subscription> items = response.items().stream()
                    .map(SubscriptionSchema.SCHEMA::mapToItem)
                    .toList();
            Map<String, AttributeValue> last = response.lastEvaluatedKey();
            String next = response.hasLastEvaluatedKey() && !last.isEmpty()
                    ? Cursors.encode(Cursors.Kind.SUBSCRIPTION, last)
                    : null;
            return new Page<>(items, next);
        } catch (SdkException e) {
            throw Failures.translate(e);
        }
    }

    @Override
    public void update(Subscription before, Subscription after) {
        Set<MatchKey> old = new LinkedHashSet<>(before.filter().matchKeys());
        Set<MatchKey> wanted = new LinkedHashSet<>(after.filter().matchKeys());
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder()
                .put(p -> p.tableName(table)
                        .item(SubscriptionSchema.item(after))
                        .conditionExpression("#v = :expected")
                        .expressionAttributeNames(Map.of("#v", SubscriptionSchema.VERSION))
                        .expressionAttributeValues(
                                Map.of(":expected", AttributeValue.fromN(Long.toString(before.version())))))
                .build());
        for (MatchKey key : old) {
            if (!wanted.contains(key)) {
                writes.add(TransactWriteItem.builder()
                        .delete(d -> d.tableName(table).key(SubscriptionMatchSchema.key(key, before.id())))
                        .build());
            }
        }
        for (MatchKey key : wanted) if (!old.contains(key)) writes.add(putMatch(key, after));
        if (!transact(writes, 0)) throw new VersionConflictException(before.id());
    }

    @Override
    public void remove(Subscription s) {
        String ownerKeyId = s.ownerKeyId();
        String id = s.id();
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder()
                .delete(d -> d.tableName(table)
                        .key(SubscriptionSchema.key(ownerKeyId, id))
                        .conditionExpression("#v = :expected")
                        .expressionAttributeNames(Map.of("#v", SubscriptionSchema.VERSION))
                        .expressionAttributeValues(
                                Map.of(":expected", AttributeValue.fromN(Long.toString(s.version())))))
                .build());
        writes.add(TransactWriteItem.builder()
                .update(u -> u.tableName(table)
                        .key(SubscriptionCountSchema.key(ownerKeyId))
                        .updateExpression("ADD #n :minus")
                        .expressionAttributeNames(Map.of("#n", SubscriptionCountSchema.COUNT))
                        .expressionAttributeValues(Map.of(":minus", AttributeValue.fromN("-1"))))
                .build());
        writes.add(TransactWriteItem.builder()
                .delete(d -> d.tableName(secretsTable).key(SubscriptionSecretSchema.key(id)))
                .build());
        for (MatchKey key : s.filter().matchKeys()) {
            writes.add(TransactWriteItem.builder()
                    .delete(d -> d.tableName(table).key(SubscriptionMatchSchema.key(key, id)))
                    .build());
        }
        if (!transact(writes, 0)) throw new VersionConflictException(id);
    }

    @Override
    public Optional<Subscription> rotateSecret(
            String ownerKeyId, String id, String newSecret, String now, String previousExpiresAt) {
        List<TransactWriteItem> writes = List.of(
                TransactWriteItem.builder()
                        .update(u -> u.tableName(table)
                                .key(SubscriptionSchema.key(ownerKeyId, id))
                                .conditionExpression("attribute_exists(pk)")
                                .updateExpression("SET secretRotatedAt = :now, previousSecretExpiresAt = :expires,"
                                        + " updatedAt = :now ADD #v :one")
                                .expressionAttributeNames(Map.of("#v", SubscriptionSchema.VERSION))
                                .expressionAttributeValues(Map.of(
                                        ":now", AttributeValue.fromS(now),
                                        ":expires", AttributeValue.fromS(previousExpiresAt),
                                        ":one", AttributeValue.fromN("1"))))
                        .build(),
                // The replaced secret moves to previousSecret inside DynamoDB: it is never read here.
                TransactWriteItem.builder()
                        .update(u -> u.tableName(secretsTable)
                                .key(SubscriptionSecretSchema.key(id))
                                .conditionExpression("attribute_exists(#id)")
                                .updateExpression(
                                        "SET #prev = #secret, #secret = :new, #expires = :expires, #rotated = :now")
                                .expressionAttributeNames(Map.of(
                                        "#id", SubscriptionSecretSchema.SUBSCRIPTION_ID,
                                        "#prev", SubscriptionSecretSchema.PREVIOUS_SECRET,
                                        "#secret", SubscriptionSecretSchema.SECRET,
                                        "#expires", SubscriptionSecretSchema.PREVIOUS_EXPIRES_AT,
                                        "#rotated", SubscriptionSecretSchema.ROTATED_AT))
                                .expressionAttributeValues(Map.of(
                                        ":new", AttributeValue.fromS(newSecret),
                                        ":expires", AttributeValue.fromS(previousExpiresAt),
                                        ":now", AttributeValue.fromS(now))))
                        .build());
        return transact(writes, 0) ? find(ownerKeyId, id) : Optional.empty();
    }

    private TransactWriteItem putMatch(MatchKey key, Subscription s) {
        return TransactWriteItem.builder()
                .put(p -> p.tableName(table).item(SubscriptionMatchSchema.item(key, s)))
                .build();
    }

    /**
     * Writes {@code writes} in one transaction: false when it was cancelled because item
     * {@code checked} failed its condition; any other failure is translated and thrown.
     */
    private boolean transact(List<TransactWriteItem> writes, int checked) {
        try {
            dynamo.transactWriteItems(t -> t.transactItems(writes));
            return true;
        } catch (TransactionCanceledException e) {
            if (e.hasCancellationReasons()
                    && e.cancellationReasons().size() > checked
                    && "ConditionalCheckFailed"
                            .equals(e.cancellationReasons().get(checked).code())) return false;
            throw Failures.translate(e);
        } catch (SdkException e) {
            throw Failures.translate(e);
        }
    }
}
