package org.factcheck.claims.store.dynamodb;

import static org.factcheck.claims.store.dynamodb.ApiKeySchema.KEY_ID;
import static org.factcheck.claims.store.dynamodb.ApiKeySchema.REVOKED;
import static org.factcheck.claims.store.dynamodb.ApiKeySchema.REVOKED_AT;
import static org.factcheck.claims.store.dynamodb.ApiKeySchema.USAGE_KEY_ID;
import static org.factcheck.claims.store.dynamodb.ApiKeySchema.USAGE_KEY_VALUE;

import java.util.Map;
import java.util.Optional;
import org.factcheck.claims.AppConfig;
import org.factcheck.claims.keys.ApiKeyRecord;
import org.factcheck.claims.store.ApiKeyStore;
import org.factcheck.claims.store.Page;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/** {@link ApiKeyStore} on the keys table; see {@link ApiKeySchema} for the item. */
public final class DynamoDbApiKeyStore implements ApiKeyStore {
    private static final Expression NEW_KEY = Expression.builder()
            .expression("attribute_not_exists(" + KEY_ID + ")")
            .build();

    /**
     * For the two partial updates only: the enhanced client's updateItem writes every
     * mapped attribute of a whole record, and cannot say "set revokedAt unless set" or
     * "remove these two attributes".
     */
    private final DynamoDbClient dynamo;

    private final DynamoDbTable<ApiKeyRecord> keys;

    public DynamoDbApiKeyStore(DynamoDbClient dynamo, String table) {
        this(dynamo, DynamoDbClients.enhancedOver(dynamo), table);
    }

    private DynamoDbApiKeyStore(DynamoDbClient dynamo, DynamoDbEnhancedClient enhanced, String table) {
        this.dynamo = dynamo;
        this.keys = enhanced.table(table, ApiKeySchema.SCHEMA);
    }

    public static DynamoDbApiKeyStore fromEnvironment() {
        return new DynamoDbApiKeyStore(
                DynamoDbClients.shared(),
                DynamoDbClients.enhanced(),
                AppConfig.fromEnvironment().keysTableName());
    }

    @Override
    public void create(ApiKeyRecord r) {
        try {
            keys.putItem(p -> p.item(r).conditionExpression(NEW_KEY));
        } catch (ConditionalCheckFailedException e) {
            // The SDK's retry of a put whose answer was lost meets the item it wrote: ours if the hash is.
            if (!find(r.keyId())
                    .map(stored -> stored.secretHash().equals(r.secretHash()))
                    .orElse(false)) throw e;
        } catch (SdkException e) {
            throw Failures.translate(e);
        }
    }

    @Override
    public Optional<ApiKeyRecord> find(String keyId) {
        try {
            return Optional.ofNullable(
                    keys.getItem(g -> g.key(ApiKeySchema.key(keyId)).consistentRead(true)));
        } catch (SdkException e) {
            throw Failures.translate(e);
        }
    }

    @Override
    public Page<ApiKeyRecord> list(int limit, String cursor) {
        Map<String, AttributeValue> start =
                Cursors.decode(cursor, Cursors.Kind.KEY, ApiKeySchema.SCHEMA, Keys.BY_CREATED, ApiKeySchema.FEED_VALUE);
        try {
            var page = keys.index(Keys.BY_CREATED)
                    .query(QueryEnhancedRequest.builder()
                            .queryConditional(
                                    QueryConditional.keyEqualTo(k -> k.partitionValue(ApiKeySchema.FEED_VALUE)))
                            .scanIndexForward(false)
                            .limit(limit)
                            .exclusiveStartKey(start)
                            .build())
                    .iterator()
                    .next();
            Map<String, AttributeValue> last = page.lastEvaluatedKey();
            String next = last != null && !last.isEmpty() ? Cursors.encode(Cursors.Kind.KEY, last) : null;
            return new Page<>(page.items(), next);
        } catch (SdkException e) {
            throw Failures.translate(e);
        }
    }

    @Override
    public Optional<ApiKeyRecord> revoke(String keyId, String at) {
        try {
            UpdateItemResponse response = dynamo.updateItem(u -> u.tableName(keys.tableName())
                    .key(ApiKeySchema.key(keyId).primaryKeyMap(ApiKeySchema.SCHEMA))
                    .conditionExpression("attribute_exists(" + KEY_ID + ")")
                    .updateExpression(
                            "SET " + REVOKED + " = :t, " + REVOKED_AT + " = if_not_exists(" + REVOKED_AT + ", :at)")
                    .expressionAttributeValues(
                            Map.of(":t", AttributeValue.fromBool(true), ":at", AttributeValue.fromS(at)))
                    .returnValues(ReturnValue.ALL_NEW));
            return Optional.of(ApiKeySchema.SCHEMA.mapToItem(response.attributes()));
        } catch (ConditionalCheckFailedException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw Failures.translate(e);
        }
    }

    @Override
    public void usageKeyRemoved(String keyId) {
        try {
            dynamo.updateItem(u -> u.tableName(keys.tableName())
                    .key(ApiKeySchema.key(keyId).primaryKeyMap(ApiKeySchema.SCHEMA))
                    .conditionExpression("attribute_exists(" + KEY_ID + ")")
                    .updateExpression("REMOVE " + USAGE_KEY_ID + ", " + USAGE_KEY_VALUE));
        } catch (ConditionalCheckFailedException e) {
            // no such key: nothing to forget
        } catch (SdkException e) {
            throw Failures.translate(e);
        }
    }
}
