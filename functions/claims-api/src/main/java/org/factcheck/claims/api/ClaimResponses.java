package org.factcheck.claims.api;

import org.factcheck.claims.domain.Claim;
import org.factcheck.claims.store.ClaimStore;

/** Responses and lookups that several claim handlers share. */
final class ClaimResponses {
    private ClaimResponses() {}

    /** A claim as the body, with its ETag. */
    static ApiResponse claim(int status, Claim claim) {
        return ApiResponse.json(status, Json.write(ClaimRepresentation.claim(claim))).withHeader("ETag", claim.etag());
    }

    static Problem duplicate(String existingClaimId) {
        return Problem.conflict("duplicate-claim", "Duplicate claim",
                        "this statement by this speaker is already stored as claim " + existingClaimId)
                .with("existingClaimId", existingClaimId);
    }

    /** The claim named by the path, or a 404 problem. */
    static Claim existing(ClaimStore store, ApiRequest request) {
        String claimId = PathIds.fromPath(request);
        return store.find(claimId).orElseThrow(() -> Problem.notFound("no claim " + claimId));
    }

    /**
     * Checks If-Match against the claim's current ETag: 428 without it or with {@code *}
     * (which names no version: a blind overwrite), 412 when it is stale. The write that
     * follows is conditional on the version, so a change in between is caught too.
     */
    static void requireCurrent(ApiRequest request, Claim claim) {
        String ifMatch = request.header("If-Match");
        if (ifMatch == null) throw Problem.preconditionRequired();
        if (Preconditions.isWildcard(ifMatch)) throw Problem.wildcardPrecondition();
        if (!Preconditions.match(ifMatch, claim.etag())) throw Problem.preconditionFailed(claim.etag());
    }
}
