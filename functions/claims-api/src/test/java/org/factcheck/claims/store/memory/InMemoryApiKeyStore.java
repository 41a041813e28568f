package org.factcheck.claims.store.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.factcheck.claims.keys.ApiKeyRecord;
import org.factcheck.claims.store.ApiKeyStore;
import org.factcheck.claims.store.Page;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * {@link ApiKeyStore} in memory, for unit tests; {@code ApiKeyStoreContract} holds it to what
 * the DynamoDB store does, on the emulator.
 */
public final class InMemoryApiKeyStore implements ApiKeyStore {
    private static final String KIND = "KEY";
    private final NavigableMap<String, ApiKeyRecord> records = new TreeMap<>();

    @Override
    public synchronized void create(ApiKeyRecord record) {
        // DynamoDB's store lets its failed condition through untranslated; so does this one.
        if (records.containsKey(record.keyId())) {
            throw ConditionalCheckFailedException.builder()
                    .message("The conditional request failed")
                    .statusCode(400)
                    .build();
        }
        records.put(record.keyId(), record);
    }

    @Override
    public synchronized Optional<ApiKeyRecord> find(String keyId) {
        return Optional.ofNullable(records.get(keyId));
    }

    /** Newest first (key ids are ULIDs); as the byCreated index projects, without secret hash or usage key. */
    @Override
    public synchronized Page<ApiKeyRecord> list(int limit, String cursor) {
        String after = MemoryCursors.decode(cursor, KIND, "byCreated");
        NavigableMap<String, ApiKeyRecord> rest = after == null
                ? records.descendingMap()
                : records.headMap(after, false).descendingMap();
        List<ApiKeyRecord> page = new ArrayList<>();
        for (ApiKeyRecord r : rest.values()) {
            if (page.size() == limit) break;
            page.add(listed(r));
        }
        boolean more = page.size() == limit && rest.size() > limit;
        return new Page<>(
                page,
                more ? MemoryCursors.encode(KIND, "byCreated", page.getLast().keyId()) : null);
    }

    /** The first revocation's time stays. */
    @Override
    public synchronized Optional<ApiKeyRecord> revoke(String keyId, String at) {
        ApiKeyRecord r = records.get(keyId);
        if (r == null) return Optional.empty();
        ApiKeyRecord revoked =
                with(r, r.secretHash(), true, r.revokedAt() != null ? r.revokedAt() : at, r.usageKeyId());
        records.put(keyId, revoked);
        return Optional.of(revoked);
    }

    @Override
    public synchronized void usageKeyRemoved(String keyId) {
        records.computeIfPresent(keyId, (id, r) -> with(r, r.secretHash(), r.revoked(), r.revokedAt(), null));
    }

    /** A record as the byCreated index projects it: without the secret's hash or the usage key. */
    public static ApiKeyRecord listed(ApiKeyRecord r) {
        return with(r, null, r.revoked(), r.revokedAt(), null);
    }

    /** The record with what may change of it; no usage key id, no usage key value. */
    private static ApiKeyRecord with(
            ApiKeyRecord r, String secretHash, boolean revoked, String revokedAt, String usageKeyId) {
        return new ApiKeyRecord(
                r.keyId(),
                secretHash,
                r.owner(),
                r.role(),
                r.createdAt(),
                r.expiresAt(),
                revoked,
                revokedAt,
                usageKeyId,
                usageKeyId == null ? null : r.usageKeyValue());
    }

    /** Every record, for assertions. */
    public synchronized Map<String, ApiKeyRecord> all() {
        return Map.copyOf(records);
    }
}
