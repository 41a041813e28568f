package org.factcheck.claims.local;

import java.time.Instant;
import org.factcheck.claims.auth.ApiKeys;
import org.factcheck.claims.auth.KeyIssuer;
import org.factcheck.claims.auth.NewApiKey;
import org.factcheck.claims.domain.Timestamps;
import org.factcheck.claims.keys.ApiKeyRecord;
import org.factcheck.claims.keys.Role;
import org.factcheck.claims.store.UsagePlans;
import org.factcheck.claims.store.dynamodb.DynamoDbApiKeyStore;
import org.factcheck.claims.store.dynamodb.DynamoDbClients;

/** Real keys in the test table, made the way `make api-key` makes them. */
final class TestKeys {
    private TestKeys() {}

    static DynamoDbApiKeyStore store() {
        TestEnvironment.ensureTable();
        return new DynamoDbApiKeyStore(DynamoDbClients.shared(), TestEnvironment.KEYS_TABLE);
    }

    /** A new key with this role; returns the full key. */
    static String key(Role role, String owner) {
        return new KeyIssuer(store(), UsagePlans.NONE)
                .issue(new NewApiKey(owner, role, null), Instant.now())
                .key();
    }

    static String keyId(String key) {
        return ApiKeys.fromAuthorization("Bearer " + key).keyId();
    }

    static String revoked(Role role) {
        String key = key(role, "revoked-" + role.wireName());
        store().revoke(keyId(key), Timestamps.format(Instant.now()));
        return key;
    }

    /** A key whose expiry has passed (stored directly: the API refuses expiries in the past). */
    static String expired(Role role) {
        ApiKeys.Issued issued = ApiKeys.issue(System.currentTimeMillis());
        store().create(new ApiKeyRecord(
                issued.keyId(),
                issued.secretHash(),
                "expired-" + role.wireName(),
                role,
                Timestamps.format(Instant.now().minusSeconds(7200)),
                Timestamps.format(Instant.now().minusSeconds(60)),
                false,
                null,
                null,
                null));
        return issued.key();
    }
}
