package org.factcheck.claims.store.dynamodb;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Signing secrets, in their own table (SubscriptionSecretsTable in template.yaml), one
 * item per subscription under {@code subscriptionId}: {@code secret} (the whsec_ string
 * as shown once to the owner), and after a rotation {@code previousSecret}, which signs
 * too until {@code previousSecretExpiresAt} (RFC 3339 UTC). The API functions may only
 * write these items; only the delivery function may read them.
 */
final class SubscriptionSecretSchema {
    static final String SUBSCRIPTION_ID = "subscriptionId";
    static final String SECRET = "secret";
    static final String PREVIOUS_SECRET = "previousSecret";
    static final String PREVIOUS_EXPIRES_AT = "previousSecretExpiresAt";
    static final String CREATED_AT = "createdAt";
    static final String ROTATED_AT = "rotatedAt";

    private SubscriptionSecretSchema() {}

    static Map<String, AttributeValue> key(String subscriptionId) {
        return Map.of(SUBSCRIPTION_ID, AttributeValue.fromS(subscriptionId));
    }

    static Map<String, AttributeValue> item(String subscriptionId, String secret, String createdAt) {
        return Map.of(
                SUBSCRIPTION_ID, AttributeValue.fromS(subscriptionId),
                SECRET, AttributeValue.fromS(secret),
                CREATED_AT, AttributeValue.fromS(createdAt));
    }
}
