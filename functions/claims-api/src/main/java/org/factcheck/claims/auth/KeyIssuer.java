package org.factcheck.claims.auth;

import java.time.Instant;
import org.factcheck.claims.domain.Timestamps;
import org.factcheck.claims.keys.ApiKeyRecord;
import org.factcheck.claims.store.ApiKeyStore;
import org.factcheck.claims.store.UsagePlans;

/**
 * Issues API keys: makes the key, enrols it in the usage plan and stores its record
 * (the secret only as a hash). POST /keys, `make api-key`, the development server, the
 * bench fixture and the tests all issue keys here.
 */
public final class KeyIssuer {
    /** The stored record and the key itself, which exists only here: show it once. */
    public record IssuedKey(ApiKeyRecord record, String key) {}

    private final ApiKeyStore keys;
    private final UsagePlans usagePlans;

    public KeyIssuer(ApiKeyStore keys, UsagePlans usagePlans) {
        this.keys = keys;
        this.usagePlans = usagePlans;
    }

    public IssuedKey issue(NewApiKey wanted, Instant now) {
        ApiKeys.Issued issued = ApiKeys.issue(now.toEpochMilli());
        UsagePlans.UsageKey usage = usagePlans.enrol(issued.keyId(), wanted.owner());
        ApiKeyRecord record = new ApiKeyRecord(
                issued.keyId(),
                issued.secretHash(),
                wanted.owner(),
                wanted.role(),
                Timestamps.format(now),
                wanted.expiresAt(),
                false,
                null,
                usage == null ? null : usage.id(),
                usage == null ? null : usage.value());
        keys.create(record);
        return new IssuedKey(record, issued.key());
    }
}
