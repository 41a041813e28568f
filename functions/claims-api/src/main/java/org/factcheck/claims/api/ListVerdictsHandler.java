package org.factcheck.claims.api;

import java.util.Set;
import org.factcheck.claims.store.ClaimStore;

/** GET /claims/{claimId}/verdicts: the verdict history, newest first. */
public final class ListVerdictsHandler extends ClaimHandler {
    public ListVerdictsHandler() {
        super("GET /claims/{claimId}/verdicts", "get-verdicts.json", ListVerdictsHandler::new);
    }

    public ListVerdictsHandler(ClaimStore store) {
        super(store);
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
