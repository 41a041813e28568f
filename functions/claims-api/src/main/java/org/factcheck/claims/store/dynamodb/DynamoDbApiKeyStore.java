package org.factcheck.claims.store.dynamodb;

import static org.factcheck.claims.store.dynamodb.Attributes.putIfPresent;
import static org.factcheck.claims.store.dynamodb.Attributes.s;
import static org.factcheck.claims.store.dynamodb.Attributes.string;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.factcheck.claims.AppConfig;
import org.factcheck.claims.auth.ApiKeyRecord;
import org.factcheck.claims.auth.Role;
import org.factcheck.claims.store.ApiKeyStore;
import org.factcheck.claims.store.Page;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * Key records in the claims table: {@code APIKEY#<keyId> / APIKEY}, listed newest first
 * through the byCreated index under feedKey APIKEY.
 */
public final class DynamoDbApiKeyStore implements ApiKeyStore {
    private static final String FEED = "APIKEY";

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoDbApiKeyStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    public static DynamoDbApiKeyStore fromEnvironment() {
        return new DynamoDbApiKeyStore(DynamoDbClients.shared(), AppConfig.fromEnvironment().tableName());
    }

    private static Map<String, AttributeValue> key(String keyId) {
        return Map.of(Keys.PK, s("APIKEY#" + keyId), Keys.SK, s("APIKEY"));
    }

    @Override
    public void create(ApiKeyRecord r) {
        Map<String, AttributeValue> item = Attributes.newItem();
        item.putAll(key(r.keyId()));
        item.put(Keys.FEED_KEY, s(FEED));
        item.put(Keys.ID, s(r.keyId()));
        item.put("secretHash", s(r.secretHash()));
        item.put("owner", s(r.owner()));
        item.put("role", s(r.role().wireName()));
        item.put("createdAt", s(r.createdAt()));
        putIfPresent(item, "keyExpiresAt", r.expiresAt());
        item.put("revoked", AttributeValue.fromBool(r.revoked()));
        putIfPresent(item, "usageKeyId", r.usageKeyId());
        putIfPresent(item, "usageKeyValue", r.usageKeyValue());
        try {
            dynamo.putItem(p -> p.tableName(table).item(item).conditionExpression("attribute_not_exists(pk)"));
        } catch (SdkException e) {
            throw Failures.translate(e);
        }
    }

    @Override
    public Optional<ApiKeyRecord> find(String keyId) {
        try {
            GetItemResponse response = dynamo.getItem(g -> g.tableName(table).key(key(keyId)).consistentRead(true));
            return response.hasItem() && !response.item().isEmpty() ? Optional.of(read(response.item())) : Optional.empty();
        } catch (SdkException e) {
            throw Failures.translate(e);
        }
    }

    @Override
    public Page<ApiKeyRecord> list(int limit, String cursor) {
        Map<String, AttributeValue> start = Cursors.decode(cursor, Set.of(Keys.PK, Keys.SK, Keys.FEED_KEY, Keys.ID),
                Keys.FEED_KEY, FEED);
        if (start != null && !start.get(Keys.PK).s().startsWith("APIKEY#")) throw new org.factcheck.claims.store.InvalidCursorException();
        try {
            QueryResponse response = dynamo.query(q -> q.tableName(table).indexName(Keys.BY_CREATED)
                    .keyConditionExpression("feedKey = :f")
                    .expressionAttributeValues(Map.of(":f", s(FEED)))
                    .scanIndexForward(false)
                    .limit(limit)
                    .exclusiveStartKey(start));
            String next = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? Cursors.encode(response.lastEvaluatedKey()) : null;
            return new Page<>(response.items().stream().map(DynamoDbApiKeyStore::read).toList(), next);
        } catch (SdkException e) {
            throw Failures.translate(e);
        }
    }

    @Override
    public Optional<ApiKeyRecord> revoke(String keyId, String at) {
        try {
            UpdateItemResponse response = dynamo.updateItem(u -> u.tableName(table).key(key(keyId))
                    .conditionExpression("attribute_exists(pk)")
                    .updateExpression("SET revoked = :t, revokedAt = if_not_exists(revokedAt, :at)")
                    .expressionAttributeValues(Map.of(":t", AttributeValue.fromBool(true), ":at", s(at)))
                    .returnValues(ReturnValue.ALL_NEW));
            return Optional.of(read(response.attributes()));
        } catch (ConditionalCheckFailedException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw Failures.translate(e);
        }
    }

    private static ApiKeyRecord read(Map<String, AttributeValue> item) {
        AttributeValue revoked = item.get("revoked");
        return new ApiKeyRecord(string(item, Keys.ID), string(item, "secretHash"), string(item, "owner"),
                Role.fromWireName(string(item, "role")), string(item, "createdAt"), string(item, "keyExpiresAt"),
                revoked != null && Boolean.TRUE.equals(revoked.bool()), string(item, "revokedAt"),
                string(item, "usageKeyId"), string(item, "usageKeyValue"));
    }
}
