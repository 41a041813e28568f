package org.factcheck.claims.api;

import java.util.LinkedHashMap;
import org.factcheck.claims.AppConfig;
import org.factcheck.claims.domain.Claim;
import org.factcheck.claims.domain.ClaimStatus;
import org.factcheck.claims.priming.ClaimPriming;
import org.factcheck.claims.store.ClaimStore;
import org.factcheck.claims.store.dynamodb.DynamoDbClaimStore;

/** GET /claims/{claimId}/claimreview: schema.org ClaimReview (JSON-LD) of the current verdict. */
public final class GetClaimReviewHandler extends ApiHandler {
    private final ClaimStore store;
    private final AppConfig config;

    public GetClaimReviewHandler() {
        this(DynamoDbClaimStore.fromEnvironment(), AppConfig.fromEnvironment());
        ClaimPriming.register(
                "GET /claims/{claimId}/claimreview",
                store,
                s -> new GetClaimReviewHandler(s, config),
                "get-claimreview.json");
    }

    public GetClaimReviewHandler(ClaimStore store, AppConfig config) {
        this.store = store;
        this.config = config;
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        Claim claim = ClaimLookups.existing(store, request);
        if (claim.verdict() == null) throw Problem.notFound("claim " + claim.id() + " has no verdict yet");
        if (claim.status() == ClaimStatus.RETRACTED) {
            throw Problem.notFound("claim " + claim.id() + " is retracted; its review is no longer published");
        }
        if (ClaimLookups.unchanged(request, claim)) return ClaimResponses.notModified(claim);
        String body = ClaimReviewRepresentation.json(claim, config.organizationName(), config.organizationUrl());
        return new ApiResponse(200, new LinkedHashMap<>(), body)
                .withHeader("Content-Type", "application/ld+json")
                .withHeader("ETag", claim.etag())
                .withHeader("Cache-Control", "no-cache");
    }
}
