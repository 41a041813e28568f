package org.factcheck.claims.api;

import org.factcheck.claims.domain.Claim;
import org.factcheck.claims.store.ClaimStore;
import org.factcheck.claims.store.dynamodb.DynamoDbClaimStore;

/** GET /claims/{claimId}, with conditional GET on the claim's ETag. */
public final class GetClaimHandler extends ApiHandler {
    private final ClaimStore store;

    public GetClaimHandler() {
        this(DynamoDbClaimStore.fromEnvironment());
    }

    public GetClaimHandler(ClaimStore store) {
        this.store = store;
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        Claim claim = ClaimResponses.existing(store, request);
        if (Preconditions.noneMatch(request.header("If-None-Match"), claim.etag())) {
            return ApiResponse.empty(304).withHeader("ETag", claim.etag()).withHeader("Cache-Control", "no-cache");
        }
        return ClaimResponses.claim(200, claim).withHeader("Cache-Control", "no-cache");
    }
}
