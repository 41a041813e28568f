package org.factcheck.claims.store.dynamodb;

import static org.factcheck.claims.testing.Attributes.claimItem;
import static org.factcheck.claims.testing.Attributes.l;
import static org.factcheck.claims.testing.Attributes.m;
import static org.factcheck.claims.testing.Attributes.n;
import static org.factcheck.claims.testing.Attributes.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factcheck.claims.domain.Appearance;
import org.factcheck.claims.domain.Caller;
import org.factcheck.claims.domain.Claim;
import org.factcheck.claims.domain.ClaimStatus;
import org.factcheck.claims.domain.Evidence;
import org.factcheck.claims.domain.Rating;
import org.factcheck.claims.domain.Retraction;
import org.factcheck.claims.domain.Speaker;
import org.factcheck.claims.domain.SpeakerType;
import org.factcheck.claims.domain.TextNormalizer;
import org.factcheck.claims.domain.Verdict;
import org.factcheck.claims.hashing.Sha256;
import org.factcheck.claims.keys.ApiKeyRecord;
import org.factcheck.claims.keys.Role;
import org.factcheck.claims.store.StoredResponse;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Every item kind through its schema and back, and the attribute layout the items have always had. */
class ItemSchemasTest {
    private static final String ID = "01ARZ3NDEKTSV4RRFFQ69G5FAV";
    private static final Verdict VERDICT = new Verdict(
            "v1",
            2,
            Rating.MOSTLY_FALSE,
            "Mostly false",
            "Because.",
            List.of(new Evidence("https://e.example/1", "One"), new Evidence("https://e.example/2", null)),
            "https://review.example",
            new Caller("k-2", "desk"),
            "2026-01-02T00:00:00Z");
    private static final Claim CLAIM = new Claim(
            ID,
            "The moon is cheese.",
            new Speaker("Jane Doe", "Senator", "Q1", SpeakerType.PERSON),
            List.of(
                    new Appearance("Daily News", "https://n.example/a", "Headline", "2026-01-01T00:00:00Z"),
                    new Appearance("daily news", "https://n.example/b", null, null)),
            "2025-12-31",
            "en",
            List.of("space", "food"),
            "At a rally",
            ClaimStatus.RETRACTED,
            VERDICT,
            new Retraction("Wrong speaker", "2026-01-03T00:00:00Z", new Caller("k-3", "editor")),
            4,
            "2026-01-01T00:00:00Z",
            "2026-01-03T00:00:00Z",
            new Caller("k-1", "newsroom"),
            TextNormalizer.duplicateKey("Jane Doe", "The moon is cheese."));

    /** The verdict map as the hand-written mapping wrote it, nested in a claim or at the top of a history item. */
    static Map<String, AttributeValue> verdictFields() {
        return Map.of(
                "id",
                s("v1"),
                "revision",
                n(2),
                "rating",
                s("MOSTLY_FALSE"),
                "textualRating",
                s("Mostly false"),
                "summary",
                s("Because."),
                "evidence",
                l(List.of(
                        m(Map.of("url", s("https://e.example/1"), "title", s("One"))),
                        m(Map.of("url", s("https://e.example/2"))))),
                "reviewUrl",
                s("https://review.example"),
                "reviewer",
                s("desk"),
                "reviewerKeyId",
                s("k-2"),
                "publishedAt",
                s("2026-01-02T00:00:00Z"));
    }

    @Test
    void aClaimKeepsItsLayoutAndComesBack() {
        Map<String, AttributeValue> expected = claimItem(ID);
        expected.putAll(Map.of(
                "statement",
                s("The moon is cheese."),
                "speaker",
                m(Map.of("name", s("Jane Doe"), "title", s("Senator"), "wikidataId", s("Q1"), "type", s("Person"))),
                "appearances",
                l(List.of(
                        m(Map.of(
                                "outlet",
                                s("Daily News"),
                                "url",
                                s("https://n.example/a"),
                                "headline",
                                s("Headline"),
                                "publishedAt",
                                s("2026-01-01T00:00:00Z"))),
                        m(Map.of("outlet", s("daily news"), "url", s("https://n.example/b"))))),
                "claimDate",
                s("2025-12-31"),
                "language",
                s("en"),
                "topics",
                l(List.of(s("space"), s("food"))),
                "context",
                s("At a rally")));
        expected.putAll(Map.of(
                "status",
                s("RETRACTED"),
                "verdict",
                m(verdictFields()),
                "retraction",
                m(Map.of(
                        "reason",
                        s("Wrong speaker"),
                        "at",
                        s("2026-01-03T00:00:00Z"),
                        "by",
                        s("editor"),
                        "byKeyId",
                        s("k-3"))),
                "version",
                n(4),
                "createdAt",
                s("2026-01-01T00:00:00Z"),
                "updatedAt",
                s("2026-01-03T00:00:00Z"),
                "submittedBy",
                s("newsroom"),
                "submittedByKeyId",
                s("k-1"),
                "duplicateKey",
                s(CLAIM.duplicateKey())));
        expected.putAll(Map.of(
                "feedKey",
                s("CLAIM"),
                "updatedKey",
                s("2026-01-03T00:00:00Z#" + ID),
                "statusKey",
                s("RETRACTED"),
                "speakerKey",
                s("jane doe"),
                "ratingKey",
                s("MOSTLY_FALSE"),
                "outletKeys",
                AttributeValue.fromSs(List.of("daily news"))));

        Map<String, AttributeValue> item = ClaimSchema.SCHEMA.itemToMap(CLAIM, true);
        assertEquals(expected, item);
        assertEquals(CLAIM, ClaimSchema.SCHEMA.mapToItem(item));
    }

    @Test
    void aClaimKeepsTheDuplicateKeyItsMarkerWasWrittenWith() {
        // Computed once, when the claim was submitted; a later normalisation does not move it off its marker.
        Map<String, AttributeValue> item = new HashMap<>(ClaimSchema.SCHEMA.itemToMap(CLAIM, true));
        item.put("duplicateKey", s("key-of-an-older-normalisation"));
        assertEquals(
                "key-of-an-older-normalisation",
                ClaimSchema.SCHEMA.mapToItem(item).duplicateKey());
    }

    @Test
    void aClaimWrittenBeforeSpeakerTypesAndKeyIdsStillReads() {
        Map<String, AttributeValue> old = claimItem(ID);
        old.putAll(Map.of(
                "statement",
                s("Old."),
                "speaker",
                m(Map.of("name", s("Acme Corp"))),
                "appearances",
                l(List.of()),
                "language",
                s("en"),
                "topics",
                l(List.of()),
                "status",
                s("UNVERIFIED"),
                "version",
                n(1),
                "createdAt",
                s("2025-01-01T00:00:00Z"),
                "updatedAt",
                s("2025-01-01T00:00:00Z"),
                "submittedBy",
                s("newsroom")));
        Claim claim = ClaimSchema.SCHEMA.mapToItem(old);
        assertEquals(new Speaker("Acme Corp", null, null, SpeakerType.ofStoredName("Acme Corp")), claim.speaker());
        assertEquals(new Caller(null, "newsroom"), claim.submittedBy());
        assertEquals(List.of(), claim.appearances());
        assertNull(claim.verdict());
        Map<String, AttributeValue> rewritten = ClaimSchema.SCHEMA.itemToMap(claim, true);
        assertEquals(l(List.of()), rewritten.get("appearances"));
        assertNull(rewritten.get("outletKeys"), "DynamoDB refuses an empty string set");
        assertNull(rewritten.get("ratingKey"));
    }

    @Test
    void aVerdictItemIsItsFieldsUnderTheClaimsKey() {
        Map<String, AttributeValue> expected = new HashMap<>(verdictFields());
        expected.put("pk", s("CLAIM#" + ID));
        expected.put("sk", s("VERDICT#000002"));
        VerdictSchema.Entry entry = new VerdictSchema.Entry(ID, VERDICT);
        assertEquals(expected, VerdictSchema.ITEM.itemToMap(entry, true));
        assertEquals(entry, VerdictSchema.ITEM.mapToItem(expected));
        // The claim item that ends a history query is an entry without a verdict.
        assertEquals(
                new VerdictSchema.Entry(ID, null),
                VerdictSchema.ITEM.mapToItem(ClaimSchema.SCHEMA.itemToMap(CLAIM, true)));
    }

    @Test
    void anAppearanceEntryIsKeyedByTheOutletsHash() {
        AppearanceSchema.Entry entry = AppearanceSchema.Entry.of(ID, new Appearance("Daily  News ", "u", null, null));
        Map<String, AttributeValue> expected = Map.of(
                "pk",
                s("CLAIM#" + ID),
                "sk",
                s("APPEARANCE#" + Sha256.hex("daily news").substring(0, 32)),
                "outletKey",
                s("daily news"),
                "claimId",
                s(ID));
        assertEquals(expected, AppearanceSchema.SCHEMA.itemToMap(entry, true));
        assertEquals(entry, AppearanceSchema.SCHEMA.mapToItem(expected));
    }

    @Test
    void aDuplicateMarkerNamesItsClaim() {
        DuplicateMarkerSchema.Marker marker = new DuplicateMarkerSchema.Marker("abc123", ID);
        Map<String, AttributeValue> expected = Map.of("pk", s("DEDUP#abc123"), "sk", s("DEDUP"), "claimId", s(ID));
        assertEquals(expected, DuplicateMarkerSchema.SCHEMA.itemToMap(marker, true));
        assertEquals(marker, DuplicateMarkerSchema.SCHEMA.mapToItem(expected));
        assertEquals(
                Map.of("pk", s("DEDUP#abc123"), "sk", s("DEDUP")),
                DuplicateMarkerSchema.key("abc123").primaryKeyMap(DuplicateMarkerSchema.SCHEMA));
    }

    @Test
    void anIdempotencyRecordKeepsItsResponse() {
        StoredResponse response =
                new StoredResponse("h1", "r1", 201, Map.of("Location", "/claims/1"), "{}", 1_800_000_000L);
        Map<String, AttributeValue> expected = Map.of(
                "pk",
                s("IDEMPOTENCY#h1"),
                "sk",
                s("IDEMPOTENCY"),
                "requestHash",
                s("r1"),
                "status",
                n(201),
                "headers",
                m(Map.of("Location", s("/claims/1"))),
                "body",
                s("{}"),
                "expiresAt",
                n(1_800_000_000L));
        assertEquals(expected, IdempotencySchema.SCHEMA.itemToMap(response, true));
        assertEquals(response, IdempotencySchema.SCHEMA.mapToItem(expected));
        StoredResponse noBody = new StoredResponse("h2", "r2", 204, Map.of(), null, 1L);
        assertEquals(noBody, IdempotencySchema.SCHEMA.mapToItem(IdempotencySchema.SCHEMA.itemToMap(noBody, true)));
    }

    @Test
    void anApiKeyRecordKeepsItsLayout() {
        ApiKeyRecord key = new ApiKeyRecord(
                "kid",
                "hash",
                "owner",
                Role.FACTCHECKER,
                "2026-01-01T00:00:00Z",
                "2027-01-01T00:00:00Z",
                false,
                null,
                "uk",
                "ukv");
        Map<String, AttributeValue> expected = Map.of(
                "keyId",
                s("kid"),
                "feed",
                s("KEY"),
                "secretHash",
                s("hash"),
                "owner",
                s("owner"),
                "role",
                s(Role.FACTCHECKER.wireName()),
                "createdAt",
                s("2026-01-01T00:00:00Z"),
                "keyExpiresAt",
                s("2027-01-01T00:00:00Z"),
                "revoked",
                AttributeValue.fromBool(false),
                "usageKeyId",
                s("uk"),
                "usageKeyValue",
                s("ukv"));
        assertEquals(expected, ApiKeySchema.SCHEMA.itemToMap(key, true));
        assertEquals(key, ApiKeySchema.SCHEMA.mapToItem(expected));
        ApiKeyRecord revoked = new ApiKeyRecord("kid", null, "owner", Role.ADMIN, "t", null, true, "t2", null, null);
        assertEquals(revoked, ApiKeySchema.SCHEMA.mapToItem(ApiKeySchema.SCHEMA.itemToMap(revoked, true)));
    }
}
