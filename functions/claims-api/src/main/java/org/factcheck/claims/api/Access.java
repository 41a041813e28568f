package org.factcheck.claims.api;

import org.factcheck.claims.auth.RoutePermissions;
import org.factcheck.claims.keys.Role;

/**
 * Defence in depth: the authorizer's policy already admits only the routes of the
 * caller's role; every handler checks the role from the authorizer context again.
 */
final class Access {
    private Access() {}

    static void check(ApiRequest request) {
        // The key id is the identity; the owner label is free text that several keys may share.
        Object principal = request.authorizer().get("keyId");
        Role role = Role.fromWireName(String.valueOf(request.authorizer().get("role")));
        if (principal == null || role == null) {
            throw new Problem(401, "unauthorized", "Unauthorized", "send Authorization: Bearer <API key>")
                    .header("WWW-Authenticate", "Bearer");
        }
        Role required = RoutePermissions.required(request.method(), request.resource());
        if (!role.includes(required)) {
            throw new Problem(
                    403,
                    "forbidden",
                    "Forbidden",
                    "this route needs the " + required.wireName() + " role; the key has " + role.wireName());
        }
    }
}
