package org.factcheck.claims.api;

import org.factcheck.claims.domain.Claim;
import org.factcheck.claims.store.ClaimStore;

/** GET /claims/{claimId}, with conditional GET on the claim's ETag. */
public final class GetClaimHandler extends ClaimHandler {
    public GetClaimHandler() {
        super("GET /claims/{claimId}", "get-claim.json", GetClaimHandler::new);
    }

    public GetClaimHandler(ClaimStore store) {
        super(store);
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        Claim claim = ClaimLookups.existing(store, request);
        if (ClaimLookups.unchanged(request, claim)) return ClaimResponses.notModified(claim);
        return ClaimResponses.claim(200, claim).withHeader("Cache-Control", "no-cache");
    }
}
