package org.factcheck.claims.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.factcheck.claims.keys.ApiKeyRecord;

/** A key as the API shows it: never the secret's hash, never the usage key's value. */
final class KeyRepresentation {
    private KeyRepresentation() {}

    static Map<String, Object> of(ApiKeyRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("keyId", r.keyId());
        m.put("owner", r.owner());
        m.put("role", r.role() == null ? null : r.role().wireName());
        m.put("createdAt", r.createdAt());
        m.put("expiresAt", r.expiresAt());
        m.put("revoked", r.revoked());
        m.put("revokedAt", r.revokedAt());
        return m;
    }
}
