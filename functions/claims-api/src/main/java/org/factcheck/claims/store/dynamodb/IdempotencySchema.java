package org.factcheck.claims.store.dynamodb;

import static org.factcheck.claims.store.dynamodb.ItemDraft.attribute;

import java.util.LinkedHashMap;
import java.util.Map;
import org.factcheck.claims.store.StoredResponse;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticImmutableTableSchema;

/**
 * Idempotency records, {@code IDEMPOTENCY#<hash>} / {@code IDEMPOTENCY}: a stored first
 * response, written in the same transaction as the work it describes, expiring after
 * 24 h through the TTL attribute {@link Keys#EXPIRES_AT}.
 */
final class IdempotencySchema {
    private static final KeyPrefix PK_PREFIX = new KeyPrefix("IDEMPOTENCY#");
    private static final String SK_VALUE = "IDEMPOTENCY";

    private IdempotencySchema() {}

    static final StaticImmutableTableSchema<StoredResponse, ItemDraft> SCHEMA = ItemDraft.keyed(
                    StoredResponse.class, IdempotencySchema::response, r -> PK_PREFIX.of(r.keyHash()), r -> SK_VALUE)
            .addAttribute(String.class, attribute("requestHash", StoredResponse::requestHash))
            .addAttribute(Integer.class, attribute("status", StoredResponse::status))
            .addAttribute(EnhancedType.mapOf(String.class, String.class), attribute("headers", StoredResponse::headers))
            .addAttribute(String.class, attribute("body", StoredResponse::body))
            .addAttribute(Long.class, attribute(Keys.EXPIRES_AT, StoredResponse::expiresAtEpochSeconds))
            .build();

    private static StoredResponse response(ItemDraft d) {
        Map<String, String> headers = d.get("headers");
        return new StoredResponse(
                PK_PREFIX.rest(d.string(Keys.PK)),
                d.string("requestHash"),
                d.<Integer>get("status"),
                headers == null ? Map.of() : new LinkedHashMap<>(headers),
                d.string("body"),
                d.<Long>get(Keys.EXPIRES_AT));
    }

    static Key key(String keyHash) {
        return Key.builder()
                .partitionValue(PK_PREFIX.of(keyHash))
                .sortValue(SK_VALUE)
                .build();
    }
}
