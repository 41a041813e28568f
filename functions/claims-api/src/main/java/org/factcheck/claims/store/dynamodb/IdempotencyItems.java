package org.factcheck.claims.store.dynamodb;

import static org.factcheck.claims.store.dynamodb.Attributes.n;
import static org.factcheck.claims.store.dynamodb.Attributes.s;

import java.util.LinkedHashMap;
import java.util.Map;
import org.factcheck.claims.store.StoredResponse;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/** Stored first responses: written in the same transaction as the work they describe. */
final class IdempotencyItems {
    private IdempotencyItems() {}

    /** A put that succeeds only if the key is unused or its record has expired (TTL deletes lazily). */
    static TransactWriteItem put(String table, StoredResponse r, long nowEpochSeconds) {
        Map<String, AttributeValue> item = Attributes.newItem();
        item.put(Keys.PK, s(Keys.idempotencyPk(r.keyHash())));
        item.put(Keys.SK, s(Keys.IDEMPOTENCY_SK));
        item.put("requestHash", s(r.requestHash()));
        item.put("status", n(r.status()));
        Map<String, AttributeValue> headers = new LinkedHashMap<>();
        r.headers().forEach((k, v) -> headers.put(k, s(v)));
        item.put("headers", AttributeValue.fromM(headers));
        if (r.body() != null) item.put("body", s(r.body()));
        item.put(Keys.EXPIRES_AT, n(r.expiresAtEpochSeconds()));
        return TransactWriteItem.builder().put(Put.builder()
                .tableName(table)
                .item(item)
                .conditionExpression("attribute_not_exists(pk) OR expiresAt < :now")
                .expressionAttributeValues(Map.of(":now", n(nowEpochSeconds)))
                .build()).build();
    }

    static Map<String, AttributeValue> key(String keyHash) {
        return Map.of(Keys.PK, s(Keys.idempotencyPk(keyHash)), Keys.SK, s(Keys.IDEMPOTENCY_SK));
    }

    static StoredResponse read(String keyHash, Map<String, AttributeValue> item) {
        Map<String, String> headers = new LinkedHashMap<>();
        item.get("headers").m().forEach((k, v) -> headers.put(k, v.s()));
        return new StoredResponse(keyHash, item.get("requestHash").s(), Integer.parseInt(item.get("status").n()),
                headers, item.containsKey("body") ? item.get("body").s() : null,
                Long.parseLong(item.get(Keys.EXPIRES_AT).n()));
    }
}
