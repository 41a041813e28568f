package org.factcheck.claims.store.dynamodb;

import static org.factcheck.claims.store.dynamodb.ItemDraft.attribute;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondarySortKey;

import org.factcheck.claims.keys.ApiKeyRecord;
import org.factcheck.claims.keys.Role;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticImmutableTableSchema;

/**
 * Key records in their own table (KeysTable in template.yaml), one item per key under
 * {@code keyId}. The byCreated index lists them newest first under {@code feed = KEY}; it
 * projects only what GET /keys shows, so a listed record has no secret hash and no usage key.
 */
final class ApiKeySchema {
    static final String KEY_ID = "keyId";
    static final String FEED = "feed";
    static final String FEED_VALUE = "KEY";
    static final String REVOKED = "revoked";
    static final String REVOKED_AT = "revokedAt";
    static final String USAGE_KEY_ID = "usageKeyId";
    static final String USAGE_KEY_VALUE = "usageKeyValue";

    private ApiKeySchema() {}

    static final StaticImmutableTableSchema<ApiKeyRecord, ItemDraft> SCHEMA = ItemDraft.schema(
                    ApiKeyRecord.class,
                    d -> new ApiKeyRecord(
                            d.string(KEY_ID),
                            d.string("secretHash"),
                            d.string("owner"),
                            Role.fromWireName(d.string("role")),
                            d.string("createdAt"),
                            d.string("keyExpiresAt"),
                            Boolean.TRUE.equals(d.get(REVOKED)),
                            d.string(REVOKED_AT),
                            d.string(USAGE_KEY_ID),
                            d.string(USAGE_KEY_VALUE)))
            .addAttribute(
                    String.class,
                    attribute(KEY_ID, ApiKeyRecord::keyId, primaryPartitionKey(), secondarySortKey(Keys.BY_CREATED)))
            .addAttribute(String.class, attribute(FEED, r -> FEED_VALUE, secondaryPartitionKey(Keys.BY_CREATED)))
            .addAttribute(String.class, attribute("secretHash", ApiKeyRecord::secretHash))
            .addAttribute(String.class, attribute("owner", ApiKeyRecord::owner))
            .addAttribute(String.class, attribute("role", r -> r.role().wireName()))
            .addAttribute(String.class, attribute("createdAt", ApiKeyRecord::createdAt))
            .addAttribute(String.class, attribute("keyExpiresAt", ApiKeyRecord::expiresAt))
            .addAttribute(Boolean.class, attribute(REVOKED, ApiKeyRecord::revoked))
            .addAttribute(String.class, attribute(REVOKED_AT, ApiKeyRecord::revokedAt))
            .addAttribute(String.class, attribute(USAGE_KEY_ID, ApiKeyRecord::usageKeyId))
            .addAttribute(String.class, attribute(USAGE_KEY_VALUE, ApiKeyRecord::usageKeyValue))
            .build();

    static Key key(String keyId) {
        return Key.builder().partitionValue(keyId).build();
    }
}
