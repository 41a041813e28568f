package org.factcheck.claims.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.factcheck.claims.keys.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The key id, not the owner label, is who the caller is: over HTTP through the
 * development server and its authorizer, with two real keys whose owners are the same.
 */
class CallerIdentityE2EIT {
    private static DevServer server;
    private static String owner;
    private static String keyA;
    private static String keyB;

    @BeforeAll
    static void start() throws Exception {
        server = new DevServer(TestEnvironment.TEMPLATE, 0).start();
        owner = Samples.uniqueName("Shared Desk");
        keyA = TestKeys.key(Role.FACTCHECKER, owner);
        keyB = TestKeys.key(Role.FACTCHECKER, owner);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void twoKeysWithTheSameOwnerDoNotShareIdempotencyRecords() throws Exception {
        String idempotencyKey = UUID.randomUUID().toString();
        String bodyA = Samples.claim(Samples.uniqueStatement());
        String bodyB = Samples.claim(Samples.uniqueStatement());

        HttpResponse<String> first = postClaim(bodyA, keyA, idempotencyKey);
        assertEquals(201, first.statusCode(), first.body());
        HttpResponse<String> sameBodyOtherKey = postClaim(bodyA, keyB, idempotencyKey);
        assertEquals(
                409,
                sameBodyOtherKey.statusCode(),
                "executed as B's own request (a duplicate), not A's response replayed: " + sameBodyOtherKey.body());
        assertTrue(sameBodyOtherKey.headers().firstValue("Idempotent-Replayed").isEmpty());

        HttpResponse<String> otherBodyOtherKey = postClaim(bodyB, keyB, idempotencyKey);
        assertEquals(
                201,
                otherBodyOtherKey.statusCode(),
                "B's key space does not hold A's record (else 422): " + otherBodyOtherKey.body());
        Map<String, Object> claimA = json(first);
        Map<String, Object> claimB = json(otherBodyOtherKey);
        assertNotEquals(claimA.get("id"), claimB.get("id"));
        assertEquals(TestKeys.keyId(keyA), claimA.get("submittedByKeyId"));
        assertEquals(TestKeys.keyId(keyB), claimB.get("submittedByKeyId"));
        assertEquals(owner, claimA.get("submittedBy"));
        assertEquals(owner, claimB.get("submittedBy"));

        HttpResponse<String> retryA = postClaim(bodyA, keyA, idempotencyKey);
        assertEquals("true", retryA.headers().firstValue("Idempotent-Replayed").orElse(null));
        assertEquals(first.body(), retryA.body());
        HttpResponse<String> retryB = postClaim(bodyB, keyB, idempotencyKey);
        assertEquals("true", retryB.headers().firstValue("Idempotent-Replayed").orElse(null));
        assertEquals(otherBodyOtherKey.body(), retryB.body());
    }

    @Test
    @SuppressWarnings("unchecked")
    void auditFieldsCarryTheKeyIdBesideTheOwner() throws Exception {
        HttpResponse<String> created =
                send("POST", "/claims", Samples.claim(Samples.uniqueStatement()), keyA, Map.of());
        String id = (String) json(created).get("id");
        HttpResponse<String> reviewed =
                send("PATCH", "/claims/" + id, "{\"status\":\"IN_REVIEW\"}", keyB, Map.of("If-Match", etag(created)));
        assertEquals(200, reviewed.statusCode(), reviewed.body());
        HttpResponse<String> verdict = send(
                "POST",
                "/claims/" + id + "/verdicts",
                Samples.verdict("FALSE"),
                keyB,
                Map.of("If-Match", etag(reviewed)));
        assertEquals(201, verdict.statusCode(), verdict.body());
        assertEquals(TestKeys.keyId(keyB), json(verdict).get("reviewerKeyId"));
        assertEquals(owner, json(verdict).get("reviewer"));

        HttpResponse<String> retracted = send(
                "PATCH",
                "/claims/" + id,
                "{\"status\":\"RETRACTED\",\"reason\":\"Misattributed.\"}",
                keyA,
                Map.of("If-Match", etag(verdict)));
        assertEquals(200, retracted.statusCode(), retracted.body());
        Map<String, Object> claim = json(send("GET", "/claims/" + id, null, keyB, Map.of()));
        assertEquals(TestKeys.keyId(keyA), claim.get("submittedByKeyId"));
        assertEquals(TestKeys.keyId(keyB), ((Map<String, Object>) claim.get("verdict")).get("reviewerKeyId"));
        Map<String, Object> retraction = (Map<String, Object>) claim.get("retraction");
        assertEquals(TestKeys.keyId(keyA), retraction.get("byKeyId"));
        assertEquals(owner, retraction.get("by"));
        Map<String, Object> history = json(send("GET", "/claims/" + id + "/verdicts", null, keyA, Map.of()));
        assertEquals(
                TestKeys.keyId(keyB),
                ((java.util.List<Map<String, Object>>) history.get("items"))
                        .getFirst()
                        .get("reviewerKeyId"));
    }

    private static HttpResponse<String> send(
            String method, String path, String body, String key, Map<String, String> headers) throws Exception {
        HttpResponse<String> response = DevServerCalls.send(
                server, method, path, key, headers, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
        OpenApiContract.check(response);
        return response;
    }

    /** A claim posted with this Idempotency-Key. */
    private static HttpResponse<String> postClaim(String body, String key, String idempotencyKey) throws Exception {
        return send("POST", "/claims", body, key, Map.of("Idempotency-Key", idempotencyKey));
    }

    private static String etag(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(HttpResponse<String> response) throws Exception {
        return HandlerClient.JSON.readValue(response.body(), Map.class);
    }
}
