package org.factcheck.claims.api;

import org.factcheck.claims.domain.Claim;
import org.factcheck.claims.store.ClaimStore;

/** Lookups and checks that several claim handlers share before they act. */
final class ClaimLookups {
    private ClaimLookups() {}

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

    /** The claim named by the path, when If-Match names its current version (see {@link #requireCurrent}). */
    static Claim current(ClaimStore store, ApiRequest request) {
        Claim claim = existing(store, request);
        requireCurrent(request, claim);
        return claim;
    }

    /** True when If-None-Match names the claim's current ETag: answer {@link ClaimResponses#notModified}. */
    static boolean unchanged(ApiRequest request, Claim claim) {
        return Preconditions.noneMatch(request.header("If-None-Match"), claim.etag());
    }
}
