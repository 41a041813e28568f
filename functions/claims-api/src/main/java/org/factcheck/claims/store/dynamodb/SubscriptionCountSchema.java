package org.factcheck.claims.store.dynamodb;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * How many subscriptions a key has: {@code SUBSCRIBER#<keyId>} / {@code COUNT}, number
 * {@code subscriptions}, changed in the same transaction as each create and delete, whose
 * condition keeps it within the limit.
 */
final class SubscriptionCountSchema {
    static final String SK_VALUE = "COUNT";
    static final String COUNT = "subscriptions";

    private SubscriptionCountSchema() {}

    static Map<String, AttributeValue> key(String ownerKeyId) {
        return Map.of(
                Keys.PK,
                AttributeValue.fromS(SubscriptionSchema.pk(ownerKeyId)),
                Keys.SK,
                AttributeValue.fromS(SK_VALUE));
    }
}
