package org.factcheck.claims.api;

import java.time.Instant;
import org.factcheck.claims.domain.Timestamps;
import org.factcheck.claims.keys.ApiKeyRecord;
import org.factcheck.claims.priming.KeyPriming;
import org.factcheck.claims.store.ApiKeyStore;
import org.factcheck.claims.store.UsagePlans;
import org.factcheck.claims.store.apigateway.ApiGatewayUsagePlans;
import org.factcheck.claims.store.dynamodb.DynamoDbApiKeyStore;

/**
 * DELETE /keys/{keyId} (admin): revokes a key (the record stays, for audit). Revoking
 * twice is fine, end to end: a usage key that is gone already counts as removed. API
 * Gateway may keep a cached "allow" for up to the authorizer's TTL.
 */
public final class RevokeKeyHandler extends ApiHandler {
    private final ApiKeyStore keys;
    private final UsagePlans usagePlans;

    public RevokeKeyHandler() {
        this(DynamoDbApiKeyStore.fromEnvironment(), ApiGatewayUsagePlans.fromEnvironment());
        KeyPriming.register("DELETE /keys/{keyId}", keys, usagePlans, RevokeKeyHandler::new, "delete-key.json");
    }

    public RevokeKeyHandler(ApiKeyStore keys, UsagePlans usagePlans) {
        this.keys = keys;
        this.usagePlans = usagePlans;
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        String keyId = PathIds.fromPath(request, "keyId", "key");
        ApiKeyRecord revoked = keys.revoke(keyId, Timestamps.format(Instant.now()))
                .orElseThrow(() -> Problem.notFound("no key " + keyId));
        if (revoked.usageKeyId() != null) {
            // Forgotten only once API Gateway dropped it: a retry after a failure removes the rest.
            usagePlans.remove(revoked.usageKeyId());
            keys.usageKeyRemoved(keyId);
        }
        return ApiResponse.empty(204);
    }
}
