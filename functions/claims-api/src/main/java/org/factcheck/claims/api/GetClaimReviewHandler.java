package org.factcheck.claims.api;

import org.factcheck.claims.AppConfig;
import org.factcheck.claims.domain.Claim;
import org.factcheck.claims.store.ClaimStore;
import org.factcheck.claims.store.dynamodb.DynamoDbClaimStore;

/** GET /claims/{claimId}/claimreview: schema.org ClaimReview (JSON-LD) of the current verdict. */
public final class GetClaimReviewHandler extends ApiHandler {
    private final ClaimStore store;
    private final AppConfig config;

    public GetClaimReviewHandler() {
        this(DynamoDbClaimStore.fromEnvironment(), AppConfig.fromEnvironment());
    }

    public GetClaimReviewHandler(ClaimStore store, AppConfig config) {
        this.store = store;
        this.config = config;
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        Claim claim = ClaimResponses.existing(store, request);
        if (claim.verdict() == null) throw Problem.notFound("claim " + claim.id() + " has no verdict yet");
        if (claim.status() == org.factcheck.claims.domain.ClaimStatus.RETRACTED) {
            throw Problem.notFound("claim " + claim.id() + " is retracted; its review is no longer published");
        }
        if (Preconditions.noneMatch(request.header("If-None-Match"), claim.etag())) {
            return ApiResponse.empty(304).withHeader("ETag", claim.etag()).withHeader("Cache-Control", "no-cache");
        }
        String body = ClaimReviewRepresentation.json(claim, config.organizationName(), config.organizationUrl());
        return new ApiResponse(200, new java.util.LinkedHashMap<>(), body)
                .withHeader("Content-Type", "application/ld+json")
                .withHeader("ETag", claim.etag())
                .withHeader("Cache-Control", "no-cache");
    }
}
