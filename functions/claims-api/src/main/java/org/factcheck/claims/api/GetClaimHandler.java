package org.factcheck.claims.api;

import org.factcheck.claims.AppConfig;
import org.factcheck.claims.domain.Claim;
import org.factcheck.claims.store.ClaimStore;
import org.factcheck.claims.store.dynamodb.DynamoDbClaimStore;
import org.factcheck.claims.store.dynamodb.DynamoDbClients;

/** GET /claims/{claimId}, with conditional GET on the claim's ETag. */
public final class GetClaimHandler extends ApiHandler {
    private final ClaimStore store;

    public GetClaimHandler() {
        this(new DynamoDbClaimStore(DynamoDbClients.shared(), AppConfig.fromEnvironment().tableName()));
    }

    public GetClaimHandler(ClaimStore store) {
        this.store = store;
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        String claimId = ClaimIds.fromPath(request);
        Claim claim = store.find(claimId).orElseThrow(() -> Problem.notFound("no claim " + claimId));
        if (Preconditions.noneMatch(request.header("If-None-Match"), claim.etag())) {
            return ApiResponse.empty(304).withHeader("ETag", claim.etag());
        }
        return ApiResponse.json(200, Json.write(ClaimRepresentation.claim(claim)))
                .withHeader("ETag", claim.etag())
                .withHeader("Cache-Control", "no-cache");
    }
}
