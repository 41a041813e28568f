package org.factcheck.claims.store.dynamodb;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factcheck.claims.AppConfig;
import org.factcheck.claims.domain.ChangeFacts;
import org.factcheck.claims.domain.Subscription;
import org.factcheck.claims.domain.SubscriptionFilter.MatchKey;
import org.factcheck.claims.domain.Timestamps;
import org.factcheck.claims.store.DeliveryStore;
import org.factcheck.claims.store.StoreUnavailableException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * {@link DeliveryStore} on the claims table and the secrets table. Candidates come from
 * one Query per index partition the event meets (no scan), then one BatchGetItem of the
 * subscriptions. Outcomes are UpdateItems that also {@code ADD version 1}, so a PATCH made
 * against an older read fails its version condition instead of undoing them.
 * {@code failingSince} (the first failure of the current run) decides when to pause.
 */
public record DynamoDbDeliveryStore(DynamoDbClient dynamo, String table, String secretsTable) implements DeliveryStore {
    static final String FAILING_SINCE = "failingSince";
    private static final int BATCH_GET_LIMIT = 100;
    private static final Backoff UNPROCESSED_KEYS = new Backoff(5, 10, 20);

    /** The notifier's: it reads no secrets, so it needs no secrets table name. */
    public static DynamoDbDeliveryStore forNotifier() {
        return fromEnvironment(null);
    }

    public static DynamoDbDeliveryStore forDelivery() {
        return fromEnvironment(AppConfig.subscriptionSecretsTableName());
    }

    /** The shared client and the claims table from the environment. */
    private static DynamoDbDeliveryStore fromEnvironment(String secretsTable) {
        return new DynamoDbDeliveryStore(
                DynamoDbClients.shared(), AppConfig.fromEnvironment().tableName(), secretsTable);
    }

    @Override
    public List<Subscription> candidates(ChangeFacts facts) {
        List<MatchKey> partitions = new ArrayList<>();
        partitions.add(MatchKey.ALL);
        partitions.add(new MatchKey("claimId", facts.claimId()));
        if (facts.speakerNormalized() != null) partitions.add(new MatchKey("speaker", facts.speakerNormalized()));
        for (String outlet : facts.outletsNormalized()) partitions.add(new MatchKey("outlet", outlet));
        if (facts.rating() != null) partitions.add(new MatchKey("rating", facts.rating()));
        if (facts.status() != null) partitions.add(new MatchKey("status", facts.status()));
        Map<String, Map<String, AttributeValue>> keys = new LinkedHashMap<>();
        try {
            for (MatchKey partition : partitions) {
                dynamo.queryPaginator(q -> q.tableName(table)
                                .keyConditionExpression("pk = :pk")
                                .expressionAttributeValues(
                                        Map.of(":pk", AttributeValue.fromS(SubscriptionMatchSchema.pk(partition)))))
                        .items()
                        .forEach(entry -> keys.putIfAbsent(
                                entry.get("subscriptionId").s(),
                                SubscriptionSchema.key(
                                        entry.get("ownerKeyId").s(),
                                        entry.get("subscriptionId").s())));
            }
            return batchGet(new ArrayList<>(keys.values()));
        } catch (SdkException e) {
            throw Failures.translate(e);
        }
    }

    private List<Subscription> batchGet(List<Map<String, AttributeValue>> keys) {
        List<Subscription> found = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += BATCH_GET_LIMIT) {
            List<List<Map<String, AttributeValue>>> pending =
                    new ArrayList<>(List.of(keys.subList(from, Math.min(keys.size(), from + BATCH_GET_LIMIT))));
            // Unprocessed keys are asked for again, with backoff; never a partial answer.
            UNPROCESSED_KEYS.run(
                    attempt -> {
                        var response = dynamo.batchGetItem(b -> b.requestItems(Map.of(
                                table,
                                KeysAndAttributes.builder()
                                        .keys(pending.getFirst())
                                        .consistentRead(true)
                                        .build())));
                        response.responses().getOrDefault(table, List.of()).stream()
                                .map(SubscriptionSchema.SCHEMA::mapToItem)
                                .forEach(found::add);
                        KeysAndAttributes left = response.unprocessedKeys().get(table);
                        if (left == null || left.keys().isEmpty()) return Optional.of(Boolean.TRUE);
                        pending.set(0, left.keys());
                        return Optional.empty();
                    },
                    () -> new StoreUnavailableException("DynamoDB left subscriptions unread", null));
        }
        return found;
    }

    @Override
    public Optional<Subscription> find(String ownerKeyId, String id) {
        return DynamoDbSubscriptionStore.read(dynamo, table, ownerKeyId, id);
    }

    @Override
    public List<String> signingSecrets(String subscriptionId, Instant now) {
        Map<String, AttributeValue> item;
        try {
            item = dynamo.getItem(g -> g.tableName(secretsTable)
                            .key(SubscriptionSecretSchema.key(subscriptionId))
                            .consistentRead(true))
                    .item();
        } catch (SdkException e) {
            throw Failures.translate(e);
        }
        if (item == null || !item.containsKey(SubscriptionSecretSchema.SECRET)) return List.of();
        List<String> secrets = new ArrayList<>();
        secrets.add(item.get(SubscriptionSecretSchema.SECRET).s());
        AttributeValue previous = item.get(SubscriptionSecretSchema.PREVIOUS_SECRET);
        AttributeValue expires = item.get(SubscriptionSecretSchema.PREVIOUS_EXPIRES_AT);
        if (previous != null && expires != null && now.isBefore(Instant.parse(expires.s()))) secrets.add(previous.s());
        return secrets;
    }

    @Override
    public void recordSuccess(String ownerKeyId, String id, Instant at, String outcome) {
        try {
            dynamo.updateItem(u -> u.tableName(table)
                    .key(SubscriptionSchema.key(ownerKeyId, id))
                    .conditionExpression("attribute_exists(pk)")
                    .updateExpression("SET lastDeliveryAt = :at, lastDeliveryOutcome = :outcome,"
                            + " consecutiveFailures = :zero REMOVE " + FAILING_SINCE + " ADD #v :one")
                    .expressionAttributeNames(Map.of("#v", SubscriptionSchema.VERSION))
                    .expressionAttributeValues(Map.of(
                            ":at", AttributeValue.fromS(Timestamps.format(at)),
                            ":outcome", AttributeValue.fromS(outcome),
                            ":zero", AttributeValue.fromN("0"),
                            ":one", AttributeValue.fromN("1"))));
        } catch (ConditionalCheckFailedException deleted) {
            // Deleted meanwhile: nothing to record.
        } catch (SdkException e) {
            throw Failures.translate(e);
        }
    }

    @Override
    public boolean recordFailure(String ownerKeyId, String id, Instant at, String outcome, Duration pauseAfter) {
        Map<String, AttributeValue> after;
        try {
            after = dynamo.updateItem(u -> u.tableName(table)
                            .key(SubscriptionSchema.key(ownerKeyId, id))
                            .conditionExpression("attribute_exists(pk)")
                            .updateExpression("SET lastDeliveryAt = :at, lastDeliveryOutcome = :outcome, "
                                    + FAILING_SINCE + " = if_not_exists(" + FAILING_SINCE + ", :at)"
                                    + " ADD consecutiveFailures :one, #v :one")
                            .expressionAttributeNames(Map.of("#v", SubscriptionSchema.VERSION))
                            .expressionAttributeValues(Map.of(
                                    ":at", AttributeValue.fromS(Timestamps.format(at)),
                                    ":outcome", AttributeValue.fromS(outcome),
                                    ":one", AttributeValue.fromN("1")))
                            .returnValues(ReturnValue.ALL_NEW))
                    .attributes();
        } catch (ConditionalCheckFailedException deleted) {
            return false;
        } catch (SdkException e) {
            throw Failures.translate(e);
        }
        Instant since = Instant.parse(after.get(FAILING_SINCE).s());
        if (!"ACTIVE".equals(after.get("status").s()) || at.isBefore(since.plus(pauseAfter))) return false;
        String reason = "deliveries failed for " + Duration.between(since, at).toSeconds() + " s since "
                + Timestamps.format(since) + "; last: " + outcome;
        try {
            dynamo.updateItem(u -> u.tableName(table)
                    .key(SubscriptionSchema.key(ownerKeyId, id))
                    .conditionExpression("#s = :active")
                    .updateExpression("SET #s = :paused, pausedReason = :reason, updatedAt = :at ADD #v :one")
                    .expressionAttributeNames(Map.of("#s", "status", "#v", SubscriptionSchema.VERSION))
                    .expressionAttributeValues(Map.of(
                            ":active", AttributeValue.fromS("ACTIVE"),
                            ":paused", AttributeValue.fromS("PAUSED"),
                            ":reason", AttributeValue.fromS(reason),
                            ":at", AttributeValue.fromS(Timestamps.format(at)),
                            ":one", AttributeValue.fromN("1"))));
            return true;
        } catch (ConditionalCheckFailedException changed) {
            return false; // paused or deleted meanwhile
        } catch (SdkException e) {
            throw Failures.translate(e);
        }
    }
}
