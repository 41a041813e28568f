package org.factcheck.claims.local;

import static org.factcheck.claims.testing.Attributes.claimItem;
import static org.factcheck.claims.testing.Attributes.l;
import static org.factcheck.claims.testing.Attributes.m;
import static org.factcheck.claims.testing.Attributes.n;
import static org.factcheck.claims.testing.Attributes.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factcheck.claims.domain.Appearance;
import org.factcheck.claims.domain.Caller;
import org.factcheck.claims.domain.Claim;
import org.factcheck.claims.domain.ClaimStatus;
import org.factcheck.claims.domain.Evidence;
import org.factcheck.claims.domain.Rating;
import org.factcheck.claims.domain.Speaker;
import org.factcheck.claims.domain.SpeakerType;
import org.factcheck.claims.domain.TextNormalizer;
import org.factcheck.claims.domain.Ulid;
import org.factcheck.claims.domain.Verdict;
import org.factcheck.claims.hashing.Sha256;
import org.factcheck.claims.keys.ApiKeyRecord;
import org.factcheck.claims.keys.Role;
import org.factcheck.claims.store.ClaimQuery;
import org.factcheck.claims.store.StoredResponse;
import org.factcheck.claims.store.dynamodb.DynamoDbApiKeyStore;
import org.factcheck.claims.store.dynamodb.DynamoDbClaimStore;
import org.factcheck.claims.store.dynamodb.DynamoDbClients;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Items as the hand-written mappings before the enhanced client wrote them (the attribute
 * maps below are copied from that code's layout), put with the low-level client and read
 * through today's stores: no migration is needed.
 */
class ExistingItemsIT {
    private static final String ID = Ulid.next(System.currentTimeMillis());
    private static final String SPEAKER = Samples.uniqueName("Old Speaker");
    private static final String OUTLET = Samples.uniqueName("Old Outlet");
    private static final String STATEMENT = Samples.uniqueStatement();
    private static final String DUPLICATE_KEY = TextNormalizer.duplicateKey(SPEAKER, STATEMENT);
    private static final String KEY_HASH = "old-" + ID;
    private static final String KEY_ID = Ulid.next(System.currentTimeMillis());
    private static final String VERDICT_ID = Ulid.next(System.currentTimeMillis());
    private static final long EXPIRES = Instant.now().getEpochSecond() + 3600;

    private static Map<String, AttributeValue> verdictFields() {
        return new HashMap<>(Map.of(
                "id",
                s(VERDICT_ID),
                "revision",
                n(1),
                "rating",
                s("FALSE"),
                "summary",
                s("Not so."),
                "evidence",
                l(List.of(m(Map.of("url", s("https://evidence.example/1"))))),
                "reviewer",
                s("old desk"),
                "publishedAt",
                s("2025-02-01T00:00:00Z")));
    }

    private static void put(String table, Map<String, AttributeValue> item) {
        DynamoDbClients.shared().putItem(p -> p.tableName(table).item(item));
    }

    @BeforeAll
    static void writeAsBefore() {
        TestEnvironment.ensureTable();
        String outletKey = TextNormalizer.normalize(OUTLET);
        Map<String, AttributeValue> claim = claimItem(ID);
        claim.putAll(Map.of(
                "statement",
                s(STATEMENT),
                "speaker",
                m(Map.of("name", s(SPEAKER), "title", s("Minister"))),
                "appearances",
                l(List.of(m(Map.of("outlet", s(OUTLET), "url", s("https://old.example/a"))))),
                "language",
                s("en"),
                "topics",
                l(List.of(s("history"))),
                "status",
                s("RATED"),
                "verdict",
                m(verdictFields())));
        claim.putAll(Map.of(
                "version",
                n(2),
                "createdAt",
                s("2025-01-01T00:00:00Z"),
                "updatedAt",
                s("2025-02-01T00:00:00Z"),
                "submittedBy",
                s("old newsroom"),
                "duplicateKey",
                s(DUPLICATE_KEY),
                "feedKey",
                s("CLAIM"),
                "updatedKey",
                s("2025-02-01T00:00:00Z#" + ID),
                "statusKey",
                s("RATED"),
                "speakerKey",
                s(TextNormalizer.normalize(SPEAKER)),
                "ratingKey",
                s("FALSE")));
        claim.put("outletKeys", AttributeValue.fromSs(List.of(outletKey)));
        put(TestEnvironment.TABLE, claim);
        put(
                TestEnvironment.TABLE,
                Map.of(
                        "pk",
                        s("CLAIM#" + ID),
                        "sk",
                        s("APPEARANCE#" + Sha256.hex(outletKey).substring(0, 32)),
                        "outletKey",
                        s(outletKey),
                        "claimId",
                        s(ID)));
        Map<String, AttributeValue> verdictItem = verdictFields();
        verdictItem.put("pk", s("CLAIM#" + ID));
        verdictItem.put("sk", s("VERDICT#000001"));
        put(TestEnvironment.TABLE, verdictItem);
        put(TestEnvironment.TABLE, Map.of("pk", s("DEDUP#" + DUPLICATE_KEY), "sk", s("DEDUP"), "claimId", s(ID)));
        put(
                TestEnvironment.TABLE,
                Map.of(
                        "pk",
                        s("IDEMPOTENCY#" + KEY_HASH),
                        "sk",
                        s("IDEMPOTENCY"),
                        "requestHash",
                        s("req"),
                        "status",
                        n(201),
                        "headers",
                        m(Map.of("Location", s("/claims/" + ID))),
                        "body",
                        s("{\"id\":\"" + ID + "\"}"),
                        "expiresAt",
                        n(EXPIRES)));
        put(
                TestEnvironment.KEYS_TABLE,
                Map.of(
                        "keyId",
                        s(KEY_ID),
                        "feed",
                        s("KEY"),
                        "secretHash",
                        s("hash"),
                        "owner",
                        s("old owner"),
                        "role",
                        s(Role.FACTCHECKER.wireName()),
                        "createdAt",
                        s("2025-01-01T00:00:00Z"),
                        "revoked",
                        AttributeValue.fromBool(false)));
    }

    private final DynamoDbClaimStore claims = new DynamoDbClaimStore(DynamoDbClients.shared(), TestEnvironment.TABLE);
    private final DynamoDbApiKeyStore keys =
            new DynamoDbApiKeyStore(DynamoDbClients.shared(), TestEnvironment.KEYS_TABLE);

    private static final Verdict VERDICT = new Verdict(
            VERDICT_ID,
            1,
            Rating.FALSE,
            null,
            "Not so.",
            List.of(new Evidence("https://evidence.example/1", null)),
            null,
            new Caller(null, "old desk"),
            "2025-02-01T00:00:00Z");
    private static final Claim CLAIM = new Claim(
            ID,
            STATEMENT,
            new Speaker(SPEAKER, "Minister", null, SpeakerType.ofStoredName(SPEAKER)),
            List.of(new Appearance(OUTLET, "https://old.example/a", null, null)),
            null,
            "en",
            List.of("history"),
            null,
            ClaimStatus.RATED,
            VERDICT,
            null,
            2,
            "2025-01-01T00:00:00Z",
            "2025-02-01T00:00:00Z",
            new Caller(null, "old newsroom"),
            DUPLICATE_KEY);

    @Test
    void claimsVerdictsMarkersAndEntriesRead() {
        assertEquals(CLAIM, claims.find(ID).orElseThrow());
        assertEquals(List.of(CLAIM), claims.findAll(List.of(ID, ID)));
        assertEquals(Map.of(DUPLICATE_KEY, ID), claims.findDuplicates(List.of(DUPLICATE_KEY)));
        assertEquals(
                List.of(VERDICT), claims.verdicts(ID, 10, null).orElseThrow().items());
        String outlet = TextNormalizer.normalize(OUTLET);
        assertEquals(
                List.of(CLAIM),
                claims.list(new ClaimQuery(null, null, null, outlet, null, 10, null))
                        .items());
        String speaker = TextNormalizer.normalize(SPEAKER);
        assertEquals(
                List.of(CLAIM),
                claims.list(new ClaimQuery(null, Rating.FALSE, speaker, outlet, null, 10, null))
                        .items());
    }

    @Test
    void aStoredResponseReads() {
        assertEquals(
                new StoredResponse(
                        KEY_HASH, "req", 201, Map.of("Location", "/claims/" + ID), "{\"id\":\"" + ID + "\"}", EXPIRES),
                claims.findResponse(KEY_HASH).orElseThrow());
    }

    @Test
    void anApiKeyReadsAndLists() {
        ApiKeyRecord expected = new ApiKeyRecord(
                KEY_ID, "hash", "old owner", Role.FACTCHECKER, "2025-01-01T00:00:00Z", null, false, null, null, null);
        assertEquals(expected, keys.find(KEY_ID).orElseThrow());
        List<ApiKeyRecord> listed = keys.list(100, null).items();
        assertTrue(
                listed.stream()
                        .anyMatch(r ->
                                r.keyId().equals(KEY_ID) && r.owner().equals("old owner") && r.secretHash() == null),
                "the byCreated index lists the old record without its secret hash");
    }
}
