package org.factcheck.claims.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.factcheck.claims.auth.ApiKeyRecord;
import org.factcheck.claims.auth.ApiKeys;
import org.factcheck.claims.auth.NewApiKey;
import org.factcheck.claims.domain.JsonReader;
import org.factcheck.claims.domain.Timestamps;
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
    private final ApiKeyStore keys;
    private final UsagePlans usagePlans;

    public CreateKeyHandler() {
        this(DynamoDbApiKeyStore.fromEnvironment(), ApiGatewayUsagePlans.fromEnvironment());
    }

    public CreateKeyHandler(ApiKeyStore keys, UsagePlans usagePlans) {
        this.keys = keys;
        this.usagePlans = usagePlans;
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        Instant now = Instant.now();
        String at = Timestamps.format(now);
        JsonReader in = new JsonReader();
        NewApiKey wanted = NewApiKey.read(jsonBody(request), in, at);
        in.throwIfInvalid();
        Map<String, Object> body = create(keys, usagePlans, wanted, now);
        return ApiResponse.json(201, Json.write(body)).withHeader("Cache-Control", "no-store");
    }

    /** Shared with `make api-key`: issues, enrols and stores a key; the map holds the key once. */
    public static Map<String, Object> create(ApiKeyStore keys, UsagePlans usagePlans, NewApiKey wanted, Instant now) {
        ApiKeys.Issued issued = ApiKeys.issue(now.toEpochMilli());
        UsagePlans.UsageKey usage = usagePlans.enrol(issued.keyId(), wanted.owner());
        ApiKeyRecord record = new ApiKeyRecord(issued.keyId(), issued.secretHash(), wanted.owner(), wanted.role(),
                Timestamps.format(now), wanted.expiresAt(), false, null,
                usage == null ? null : usage.id(), usage == null ? null : usage.value());
        keys.create(record);
        Map<String, Object> body = KeyRepresentation.of(record);
        body.put("key", issued.key());
        return body;
    }
}
