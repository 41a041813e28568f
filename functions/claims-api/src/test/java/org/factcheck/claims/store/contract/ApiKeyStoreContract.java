package org.factcheck.claims.store.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.factcheck.claims.domain.Claim;
import org.factcheck.claims.domain.Timestamps;
import org.factcheck.claims.domain.Ulid;
import org.factcheck.claims.keys.ApiKeyRecord;
import org.factcheck.claims.keys.Role;
import org.factcheck.claims.store.ApiKeyStore;
import org.factcheck.claims.store.ClaimStore;
import org.factcheck.claims.store.InvalidCursorException;
import org.factcheck.claims.store.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ApiKeyStore} does, run against the in-memory store and the DynamoDB
 * store on the emulator, each empty per test. The claim store comes along to show that
 * cursors of one table are refused by the other.
 */
public abstract class ApiKeyStoreContract {
    protected ApiKeyStore keys;

    protected abstract ApiKeyStore emptyKeyStore();

    protected abstract ClaimStore emptyClaimStore();

    @BeforeEach
    public void empty() {
        keys = emptyKeyStore();
    }

    private static ApiKeyRecord record(String owner, String expiresAt, String usageKeyId) {
        Instant now = Instant.now();
        return new ApiKeyRecord(
                Ulid.next(now.toEpochMilli()),
                "hash-" + owner,
                owner,
                Role.FACTCHECKER,
                Timestamps.format(now),
                expiresAt,
                false,
                null,
                usageKeyId,
                usageKeyId == null ? null : "value-" + usageKeyId);
    }

    /** As listed: without the secret's hash or the usage key. */
    private static ApiKeyRecord listed(ApiKeyRecord r) {
        return new ApiKeyRecord(
                r.keyId(),
                null,
                r.owner(),
                r.role(),
                r.createdAt(),
                r.expiresAt(),
                r.revoked(),
                r.revokedAt(),
                null,
                null);
    }

    /** Revoked on 2026-02-01, with this usage key. */
    private static ApiKeyRecord revokedOnFebruaryFirst(ApiKeyRecord r, String usageKeyId, String usageKeyValue) {
        return new ApiKeyRecord(
                r.keyId(),
                r.secretHash(),
                r.owner(),
                r.role(),
                r.createdAt(),
                r.expiresAt(),
                true,
                "2026-02-01T00:00:00.000Z",
                usageKeyId,
                usageKeyValue);
    }

    @Test
    public void aCreatedKeyReadsBackEqualAndIsCreatedOnce() {
        ApiKeyRecord r = record("newsroom", "2030-01-01T00:00:00.000Z", "usage-1");
        ApiKeyRecord bare = record("bare", null, null);
        keys.create(r);
        keys.create(bare);
        assertEquals(Optional.of(r), keys.find(r.keyId()));
        assertEquals(Optional.of(bare), keys.find(bare.keyId()));
        assertEquals(Optional.empty(), keys.find(Ulid.next(Instant.now().toEpochMilli())));
        ApiKeyRecord twin =
                new ApiKeyRecord(r.keyId(), "other", "other", Role.ADMIN, r.createdAt(), null, false, null, null, null);
        assertThrows(RuntimeException.class, () -> keys.create(twin));
        assertEquals(Optional.of(r), keys.find(r.keyId()));
    }

    @Test
    public void keysListNewestFirstWithoutSecretsInPages() {
        List<ApiKeyRecord> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ApiKeyRecord r = record("owner-" + i, null, "usage-" + i);
            keys.create(r);
            made.add(listed(r));
        }
        Page<ApiKeyRecord> first = keys.list(2, null);
        assertEquals(List.of(made.get(4), made.get(3)), first.items());
        assertNotNull(first.nextCursor());
        List<ApiKeyRecord> all = new ArrayList<>(first.items());
        String cursor = first.nextCursor();
        while (cursor != null) {
            Page<ApiKeyRecord> page = keys.list(2, cursor);
            all.addAll(page.items());
            cursor = page.nextCursor();
        }
        assertEquals(made.reversed(), all);
        assertEquals(new Page<>(List.of(), null), emptyKeyStore().list(10, null));
    }

    @Test
    public void cursorsOfOneTableAreRefusedByTheOther() {
        keys.create(record("a", null, null));
        keys.create(record("b", null, null));
        String keyCursor = keys.list(1, null).nextCursor();
        assertNotNull(keyCursor);
        ClaimStore claims = emptyClaimStore();
        for (String statement : List.of("A.", "B.")) {
            Claim claim = Claims.claim("Ada Lovelace", statement);
            claims.create(claim, Claims.event(claim), null);
        }
        String claimCursor = claims.list(ClaimListingContract.query(null, null, null, null, null, 1, null))
                .nextCursor();
        assertNotNull(claimCursor);
        assertThrows(InvalidCursorException.class, () -> keys.list(1, claimCursor));
        assertThrows(InvalidCursorException.class, () -> keys.list(1, "bm90IGEgY3Vyc29y"));
        assertThrows(
                InvalidCursorException.class,
                () -> claims.list(ClaimListingContract.query(null, null, null, null, null, 1, keyCursor)));
    }

    @Test
    public void revokingKeepsTheFirstTimeAndAnUnknownKeyIsEmpty() {
        ApiKeyRecord r = record("newsroom", null, "usage-1");
        keys.create(r);
        ApiKeyRecord revoked =
                keys.revoke(r.keyId(), "2026-02-01T00:00:00.000Z").orElseThrow();
        ApiKeyRecord expected = revokedOnFebruaryFirst(r, "usage-1", "value-usage-1");
        assertEquals(expected, revoked);
        assertEquals(Optional.of(expected), keys.revoke(r.keyId(), "2026-03-01T00:00:00.000Z"));
        assertEquals(Optional.of(expected), keys.find(r.keyId()));
        assertTrue(keys.list(10, null).items().getFirst().revoked());
        String unknown = Ulid.next(Instant.now().toEpochMilli());
        assertEquals(Optional.empty(), keys.revoke(unknown, "2026-02-01T00:00:00.000Z"));
        assertEquals(Optional.empty(), keys.find(unknown), "revoking creates nothing");
    }

    @Test
    public void aRemovedUsageKeyIsForgottenAndAnUnknownKeyIgnored() {
        ApiKeyRecord r = record("newsroom", null, "usage-1");
        keys.create(r);
        keys.revoke(r.keyId(), "2026-02-01T00:00:00.000Z");
        keys.usageKeyRemoved(r.keyId());
        ApiKeyRecord after = keys.find(r.keyId()).orElseThrow();
        assertEquals(revokedOnFebruaryFirst(r, null, null), after);
        String unknown = Ulid.next(Instant.now().toEpochMilli());
        keys.usageKeyRemoved(unknown);
        assertEquals(Optional.empty(), keys.find(unknown));
    }
}
