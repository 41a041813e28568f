package org.factcheck.claims.api;

import org.factcheck.claims.domain.Ulid;

/** Reads ids from the path; an id that cannot exist is a 404 without a database call. */
final class PathIds {
    private PathIds() {}

    static String fromPath(ApiRequest request) {
        return fromPath(request, "claimId", "claim");
    }

    /** The ULID in path parameter {@code name}, or a 404 naming {@code what}. */
    static String fromPath(ApiRequest request, String name, String what) {
        String id = request.pathParameter(name);
        if (!Ulid.isValid(id))
            throw Problem.notFound(
                    "no " + what + " " + (id == null ? "" : id.length() > 40 ? id.substring(0, 40) + "…" : id));
        return id;
    }
}
