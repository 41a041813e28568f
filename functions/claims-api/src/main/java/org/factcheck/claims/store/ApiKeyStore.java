package org.factcheck.claims.store;

import java.util.Optional;
import org.factcheck.claims.keys.ApiKeyRecord;

/** Where API key records (hashes, never keys) are kept. */
public interface ApiKeyStore {

    void create(ApiKeyRecord record);

    Optional<ApiKeyRecord> find(String keyId);

    /** Newest first. */
    Page<ApiKeyRecord> list(int limit, String cursor);

    /** Marks a key revoked; returns the record as it now is, or empty when there is no such key. */
    Optional<ApiKeyRecord> revoke(String keyId, String at);

    /** Forgets a key's usage key once API Gateway no longer has it, so revoking again calls API Gateway no more. */
    void usageKeyRemoved(String keyId);
}
