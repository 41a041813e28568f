package org.factcheck.claims.api;

import org.factcheck.claims.domain.Ulid;

/** Reads the {claimId} path parameter; an id that cannot exist is a 404 without a database call. */
final class ClaimIds {
    private ClaimIds() {}

    static String fromPath(ApiRequest request) {
        String id = request.pathParameter("claimId");
        if (!Ulid.isValid(id)) throw Problem.notFound("no claim " + (id == null ? "" : id.length() > 40 ? id.substring(0, 40) + "…" : id));
        return id;
    }
}
