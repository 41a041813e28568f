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
 * Key records in their own table (KeysTable in template.yaml), one item per key under
 * {@code keyId}. The byCreated index lists them newest first under {@code feed = KEY}; it
 * projects only what GET /keys shows, so a listed record has no secret hash and no usage key.
 */
public final class DynamoDbApiKeyStore implements ApiKeyStore {
    static final String KEY_ID = "keyId";
    static final String FEED = "feed";
    private static final String FEED_VALUE = "KEY";
    private static final String USAGE_KEY_ID = "usageKeyId";
    private static final String USAGE_KEY_VALUE = "usageKeyValue";

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoDbApiKeyStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    public static DynamoDbApiKeyStore fromEnvironment() {
        return new DynamoDbApiKeyStore(DynamoDbClients.shared(), AppConfig.fromEnvironment().keysTableName());
    }

    private static Map<String, AttributeValue> key(String keyId) {
        return Map.of(KEY_ID, s(keyId));
    }

    @Override
    public void create(ApiKeyRecord r) {
        Map<String, AttributeValue> item = Attributes.newItem();
        item.putAll(key(r.keyId()));
        item.put(FEED, s(FEED_VALUE));
        item.put("secretHash", s(r.secretHash()));
        item.put("owner", s(r.owner()));
        item.put("role", s(r.role().wireName()));
        item.put("createdAt", s(r.createdAt()));
        putIfPresent(item, "keyExpiresAt", r.expiresAt());
        item.put("revoked", AttributeValue.fromBool(r.revoked()));
        putIfPresent(item, USAGE_KEY_ID, r.usageKeyId());
        putIfPresent(item, USAGE_KEY_VALUE, r.usageKeyValue());
        try {
            dynamo.putItem(p -> p.tableName(table).item(item).conditionExpression("attribute_not_exists(keyId)"));
        } catch (ConditionalCheckFailedException e) {
            // The SDK's retry of a put whose answer was lost meets the item it wrote: ours if the hash is.
            if (!find(r.keyId()).map(stored -> stored.secretHash().equals(r.secretHash())).orElse(false)) throw e;
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
        Map<String, AttributeValue> start = Cursors.decode(cursor, Cursors.Kind.KEY, Set.of(KEY_ID, FEED), FEED, FEED_VALUE);
        try {
            QueryResponse response = dynamo.query(q -> q.tableName(table).indexName(Keys.BY_CREATED)
                    .keyConditionExpression("feed = :f")
                    .expressionAttributeValues(Map.of(":f", s(FEED_VALUE)))
                    .scanIndexForward(false)
                    .limit(limit)
                    .exclusiveStartKey(start));
            String next = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? Cursors.encode(Cursors.Kind.KEY, response.lastEvaluatedKey()) : null;
            return new Page<>(response.items().stream().map(DynamoDbApiKeyStore::read).toList(), next);
        } catch (SdkException e) {
            throw Failures.translate(e);
        }
    }

    @Override
    public Optional<ApiKeyRecord> revoke(String keyId, String at) {
        try {
            UpdateItemResponse response = dynamo.updateItem(u -> u.tableName(table).key(key(keyId))
                    .conditionExpression("attribute_exists(keyId)")
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

    @Override
    public void usageKeyRemoved(String keyId) {
        try {
            dynamo.updateItem(u -> u.tableName(table).key(key(keyId))
                    .conditionExpression("attribute_exists(keyId)")
                    .updateExpression("REMOVE " + USAGE_KEY_ID + ", " + USAGE_KEY_VALUE));
        } catch (ConditionalCheckFailedException e) {
            // no such key: nothing to forget
        } catch (SdkException e) {
            throw Failures.translate(e);
        }
    }

    private static ApiKeyRecord read(Map<String, AttributeValue> item) {
        AttributeValue revoked = item.get("revoked");
        return new ApiKeyRecord(string(item, KEY_ID), string(item, "secretHash"), string(item, "owner"),
                Role.fromWireName(string(item, "role")), string(item, "createdAt"), string(item, "keyExpiresAt"),
                revoked != null && Boolean.TRUE.equals(revoked.bool()), string(item, "revokedAt"),
                string(item, USAGE_KEY_ID), string(item, USAGE_KEY_VALUE));
    }
}
