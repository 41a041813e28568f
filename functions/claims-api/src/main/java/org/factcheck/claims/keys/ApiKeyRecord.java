package org.factcheck.claims.keys;

import java.time.Instant;
import org.factcheck.claims.domain.Timestamps;

/**
 * A stored key: never the key itself, only the hash of its secret. {@code expiresAt}
 * and {@code revokedAt} may be null; {@code usageKeyId} names the API Gateway API key
 * that meters the client in the usage plan (null where there is none, as locally).
 */
public record ApiKeyRecord(
        String keyId,
        String secretHash,
        String owner,
        Role role,
        String createdAt,
        String expiresAt,
        boolean revoked,
        String revokedAt,
        String usageKeyId,
        String usageKeyValue) {

    /** Whether the key may be used at {@code now} (fixed-width UTC timestamps compare as text). */
    public boolean activeAt(String now) {
        return !revoked && (expiresAt == null || expiresAt.compareTo(now) > 0);
    }

    /**
     * Whether a decision made at {@code now} may be cached for {@code cacheSeconds}: only
     * when the key is still active at the end of that time, so no cached Allow outlives it.
     */
    public boolean activeThrough(Instant now, long cacheSeconds) {
        return activeAt(Timestamps.format(now.plusSeconds(Math.max(0, cacheSeconds))));
    }
}
