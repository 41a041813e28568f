package org.factcheck.claims.api;

import java.time.Instant;
import java.util.Map;
import org.factcheck.claims.auth.KeyIssuer;
import org.factcheck.claims.auth.NewApiKey;
import org.factcheck.claims.domain.Timestamps;
import org.factcheck.claims.json.Json;
import org.factcheck.claims.priming.KeyPriming;
import org.factcheck.claims.store.ApiKeyStore;
import org.factcheck.claims.store.UsagePlans;
import org.factcheck.claims.store.apigateway.ApiGatewayUsagePlans;
import org.factcheck.claims.store.dynamodb.DynamoDbApiKeyStore;

/**
 * POST /keys (admin): makes a key and shows it once. Only the hash of its secret is
 * stored. Its response is never stored for Idempotency-Key replay, since it holds the key:
 * a retry makes a second key (revoke the one not used).
 */
public final class CreateKeyHandler extends ApiHandler {
    private final KeyIssuer issuer;

    public CreateKeyHandler() {
        ApiKeyStore keys = DynamoDbApiKeyStore.fromEnvironment();
        UsagePlans usagePlans = ApiGatewayUsagePlans.fromEnvironment();
        this(keys, usagePlans);
        KeyPriming.register("POST /keys", keys, usagePlans, CreateKeyHandler::new, "post-keys.json");
    }

    public CreateKeyHandler(ApiKeyStore keys, UsagePlans usagePlans) {
        this.issuer = new KeyIssuer(keys, usagePlans);
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        Instant now = Instant.now();
        NewApiKey wanted = readBody(request, (body, in) -> NewApiKey.read(body, in, Timestamps.format(now)));
        KeyIssuer.IssuedKey issued = issuer.issue(wanted, now);
        Map<String, Object> body = KeyRepresentation.of(issued.record());
        body.put("key", issued.key());
        return ApiResponse.json(201, Json.write(body)).withHeader("Cache-Control", "no-store");
    }
}
