package org.factcheck.claims.api;

import java.util.Set;
import org.factcheck.claims.priming.KeyPriming;
import org.factcheck.claims.store.ApiKeyStore;
import org.factcheck.claims.store.UsagePlans;
import org.factcheck.claims.store.dynamodb.DynamoDbApiKeyStore;

/** GET /keys (admin): keys without secrets, newest first. */
public final class ListKeysHandler extends ApiHandler {
    private final ApiKeyStore keys;

    public ListKeysHandler() {
        this(DynamoDbApiKeyStore.fromEnvironment());
        KeyPriming.register("GET /keys", keys, UsagePlans.NONE, (k, p) -> new ListKeysHandler(k), "get-keys.json");
    }

    public ListKeysHandler(ApiKeyStore keys) {
        this.keys = keys;
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        QueryParameters params = new QueryParameters(request, Set.of("limit", "cursor"));
        return PageRepresentation.ok(keys.list(params.limit(), params.text("cursor", 2048)), KeyRepresentation::of);
    }
}
