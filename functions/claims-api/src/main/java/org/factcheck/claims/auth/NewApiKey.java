package org.factcheck.claims.auth;

import java.util.Map;
import java.util.Set;
import org.factcheck.claims.domain.JsonReader;
import org.factcheck.claims.keys.Role;

/** A validated request for a key: who holds it, its role, and when it expires (or null). */
public record NewApiKey(String owner, Role role, String expiresAt) {
    private static final Set<String> FIELDS = Set.of("owner", "role", "expiresAt");

    public static NewApiKey read(Object body, JsonReader in, String now) {
        Map<String, Object> obj = in.object(body, "", FIELDS);
        if (obj == null) return null;
        String owner = in.string(obj, "owner", "", true, 1, 200);
        String roleName = in.string(obj, "role", "", true, 1, 20);
        Role role = roleName == null ? null : Role.fromWireName(roleName);
        if (roleName != null && role == null) in.error("/role", "must be one of reader, factchecker, admin");
        String expiresAt = in.timestamp(obj, "expiresAt", "");
        if (expiresAt != null && expiresAt.compareTo(now) <= 0) in.error("/expiresAt", "must be in the future");
        if (in.hasErrors()) return null;
        return new NewApiKey(owner, role, expiresAt);
    }
}
