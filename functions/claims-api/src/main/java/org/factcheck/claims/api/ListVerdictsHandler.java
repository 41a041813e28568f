package org.factcheck.claims.api;

import java.util.Set;
import org.factcheck.claims.priming.ClaimPriming;
import org.factcheck.claims.store.ClaimStore;
import org.factcheck.claims.store.dynamodb.DynamoDbClaimStore;

/** GET /claims/{claimId}/verdicts: the verdict history, newest first. */
public final class ListVerdictsHandler extends ApiHandler {
    private final ClaimStore store;

    public ListVerdictsHandler() {
        this(DynamoDbClaimStore.fromEnvironment());
        ClaimPriming.register("GET /claims/{claimId}/verdicts", store, ListVerdictsHandler::new, "get-verdicts.json");
    }

    public ListVerdictsHandler(ClaimStore store) {
        this.store = store;
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        String claimId = PathIds.fromPath(request);
        QueryParameters params = new QueryParameters(request, Set.of("limit", "cursor"));
        return store.verdicts(claimId, params.limit(), params.text("cursor", 2048))
                .map(page -> PageRepresentation.ok(page, ClaimRepresentation::verdict))
                .orElseThrow(() -> Problem.notFound("no claim " + claimId));
    }
}
