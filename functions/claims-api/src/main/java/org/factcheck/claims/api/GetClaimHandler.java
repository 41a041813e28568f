package org.factcheck.claims.api;

import org.factcheck.claims.domain.Claim;
import org.factcheck.claims.priming.ClaimPriming;
import org.factcheck.claims.store.ClaimStore;
import org.factcheck.claims.store.dynamodb.DynamoDbClaimStore;

/** GET /claims/{claimId}, with conditional GET on the claim's ETag. */
public final class GetClaimHandler extends ApiHandler {
    private final ClaimStore store;

    public GetClaimHandler() {
        this(DynamoDbClaimStore.fromEnvironment());
        ClaimPriming.register("GET /claims/{claimId}", store, GetClaimHandler::new, "get-claim.json");
    }

    public GetClaimHandler(ClaimStore store) {
        this.store = store;
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        Claim claim = ClaimLookups.existing(store, request);
        if (ClaimLookups.unchanged(request, claim)) return ClaimResponses.notModified(claim);
        return ClaimResponses.claim(200, claim).withHeader("Cache-Control", "no-cache");
    }
}
