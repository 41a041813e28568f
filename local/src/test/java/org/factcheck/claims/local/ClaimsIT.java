package org.factcheck.claims.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** POST /claims and GET /claims/{claimId} through the real handlers against the emulator. */
class ClaimsIT {
    private final HandlerClient api = new HandlerClient();

    @Test
    void createsAClaimAndReadsItBack() throws Exception {
        String statement = Samples.uniqueStatement();
        HandlerClient.Response created = api.postJson("/claims", Samples.claim(statement));
        assertEquals(201, created.status(), created.body());
        Map<String, Object> claim = created.json();
        String id = (String) claim.get("id");
        assertEquals("/claims/" + id, created.header("Location"));
        assertEquals("\"" + id + ".1\"", created.header("ETag"));
        assertEquals("UNVERIFIED", claim.get("status"));
        assertEquals(1, claim.get("version"));
        assertEquals("en", claim.get("language"));
        assertTrue(claim.containsKey("verdict") && claim.get("verdict") == null, "verdict is present and null");
        assertEquals(HandlerClient.PRINCIPAL, claim.get("submittedBy"));

        HandlerClient.Response read = api.get("/claims/" + id, Map.of());
        assertEquals(200, read.status());
        assertEquals(claim, read.json());
        assertEquals(created.header("ETag"), read.header("ETag"));
    }

    @Test
    void answers304WhileTheEtagMatches() throws Exception {
        HandlerClient.Response created = api.postJson("/claims", Samples.claim(Samples.uniqueStatement()));
        String id = (String) created.json().get("id");
        HandlerClient.Response notModified = api.get("/claims/" + id, Map.of("If-None-Match", created.header("ETag")));
        assertEquals(304, notModified.status());
        assertNull(notModified.body());
        assertEquals(
                200,
                api.get("/claims/" + id, Map.of("If-None-Match", "\"other.1\"")).status());
    }

    @Test
    void aDuplicateIs409WithTheExistingId() throws Exception {
        String statement = Samples.uniqueStatement();
        String id = (String)
                api.postJson("/claims", Samples.claim(statement)).json().get("id");
        // Same statement after normalization: case, spacing, end punctuation, full-width letters.
        String variant = "  " + statement.toUpperCase().replace(" ", "  ").replace(".", "!") + " ";
        HandlerClient.Response duplicate = api.postJson("/claims", Samples.claim(variant));
        assertEquals(409, duplicate.status(), duplicate.body());
        assertEquals("application/problem+json", duplicate.header("Content-Type"));
        assertEquals(id, duplicate.json().get("existingClaimId"));
    }

    @Test
    void unknownClaimsAre404Problems() throws Exception {
        HandlerClient.Response missing = api.get("/claims/01ARZ3NDEKTSV4RRFFQ69G5FAV", Map.of());
        assertEquals(404, missing.status());
        assertEquals("application/problem+json", missing.header("Content-Type"));
        assertEquals(404, missing.json().get("status"));
        assertEquals(404, api.get("/claims/not-an-id", Map.of()).status());
    }

    @Test
    @SuppressWarnings("unchecked")
    void invalidBodiesAre400WithPointers() throws Exception {
        HandlerClient.Response bad = api.postJson(
                "/claims", "{\"statement\": 5, \"speaker\": {\"name\": \"\"}, \"appearances\": [{}], \"extra\": true}");
        assertEquals(400, bad.status(), bad.body());
        List<Map<String, String>> errors =
                (List<Map<String, String>>) bad.json().get("errors");
        assertEquals(
                List.of("/extra", "/statement", "/speaker/name", "/appearances/0/outlet"),
                errors.stream().map(e -> e.get("pointer")).toList());
        assertNotNull(bad.json().get("type"));
    }

    @Test
    void malformedOversizedAndNonJsonBodiesAre4xx() throws Exception {
        assertEquals(400, api.postJson("/claims", "{\"statement\": ").status());
        assertEquals(400, api.postJson("/claims", "").status());
        assertEquals(
                413,
                api.postJson("/claims", "{\"statement\": \"" + "x".repeat(70_000) + "\"}")
                        .status());
        assertEquals(
                415,
                api.send("POST", "/claims", Map.of("Content-Type", "text/plain"), Samples.claim("x"))
                        .status());
        assertEquals(
                415, api.send("POST", "/claims", Map.of(), Samples.claim("x")).status());
        byte[] invalidUtf8 = {'{', '"', 's', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        assertEquals(
                400,
                api.send("POST", "/claims", Map.of("Content-Type", "application/json"), invalidUtf8)
                        .status());
    }
}
