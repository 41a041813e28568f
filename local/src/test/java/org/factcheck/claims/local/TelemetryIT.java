package org.factcheck.claims.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.factcheck.claims.auth.ApiKeys;
import org.factcheck.claims.keys.Role;
import org.junit.jupiter.api.Test;

/**
 * What an operator reads: the real handlers and authorizer, run with a Lambda context
 * whose logger captures every line. One request line per request (route, status, key id,
 * replay), EMF lines for the business events, a line per authorizer decision, and no
 * key, secret or hash anywhere.
 */
class TelemetryIT {
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    private final LocalFunctions functions = new LocalFunctions(lines::add);

    /** A line of the Java runtime's JSON format: a String message, its level and the Lambda request id. */
    private record Logged(String level, Map<String, Object> message) {}

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String text) {
        try {
            return HandlerClient.JSON.readValue(text, Map.class);
        } catch (Exception e) {
            throw new AssertionError("not a JSON object: " + text, e);
        }
    }

    private List<Logged> logged() {
        List<Logged> out = new ArrayList<>();
        for (String line : List.copyOf(lines)) {
            Map<String, Object> outer = json(line);
            if (outer.containsKey("_aws")) continue;
            assertTrue(outer.get("timestamp") instanceof String && outer.get("AWSRequestId") instanceof String, line);
            out.add(new Logged((String) outer.get("level"), json((String) outer.get("message"))));
        }
        return out;
    }

    private List<Map<String, Object>> requestLines() {
        return logged().stream()
                .map(Logged::message)
                .filter(m -> "request".equals(m.get("type")))
                .toList();
    }

    /** EMF documents: the log event is the JSON object itself, with _aws at its root. */
    private List<Map<String, Object>> metricLines() {
        return List.copyOf(lines).stream()
                .map(TelemetryIT::json)
                .filter(m -> m.containsKey("_aws"))
                .toList();
    }

    private long metric(String name) {
        return metricLines().stream()
                .filter(m -> m.containsKey(name))
                .mapToLong(m -> ((Number) m.get(name)).longValue())
                .sum();
    }

    /** Sends one request; checks its single request line and returns the response. */
    private HandlerClient.Response once(
            HandlerClient api,
            String method,
            String path,
            String body,
            Map<String, String> headers,
            String keyId,
            String route,
            int status,
            boolean replayed)
            throws Exception {
        lines.clear();
        HandlerClient.Response response =
                body == null ? api.send(method, path, headers, (String) null) : api.json(method, path, body, headers);
        assertEquals(status, response.status(), response.body());
        List<Map<String, Object>> requests = requestLines();
        assertEquals(1, requests.size(), "one request line per request: " + lines);
        Map<String, Object> line = requests.getFirst();
        assertEquals(route, line.get("route"));
        assertEquals(status, ((Number) line.get("status")).intValue());
        assertEquals(keyId, line.get("keyId"));
        assertEquals(replayed, line.get("replayed"));
        assertTrue(((Number) line.get("latencyMs")).longValue() >= 0);
        return response;
    }

    @Test
    void everyRequestAndBusinessEventIsLoggedWithoutSecrets() throws Exception {
        String key = TestKeys.key(Role.FACTCHECKER, "telemetry-factchecker");
        String keyId = TestKeys.keyId(key);
        HandlerClient api = HandlerClient.withKey(key, functions);
        List<String> seen = new ArrayList<>();

        // A claim submitted, then the same request replayed.
        String body = Samples.claim(Samples.uniqueStatement());
        Map<String, String> idem = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        String id = (String) once(api, "POST", "/claims", body, idem, keyId, "POST /claims", 201, false)
                .json()
                .get("id");
        assertEquals(1, metric("ClaimsSubmitted"));
        assertTrue(
                logged().stream()
                        .anyMatch(l -> "authorizer".equals(l.message().get("type"))
                                && "allow".equals(l.message().get("decision"))
                                && keyId.equals(l.message().get("keyId"))),
                "the allow decision: " + lines);
        seen.addAll(lines);
        once(api, "POST", "/claims", body, idem, keyId, "POST /claims", 201, true);
        assertEquals(1, metric("IdempotentReplays"));
        assertEquals(0, metric("ClaimsSubmitted"), "a replay submits nothing");
        seen.addAll(lines);

        // The same claim again, without the key: a duplicate, 409.
        once(api, "POST", "/claims", body, Map.of(), keyId, "POST /claims", 409, false);
        assertEquals(1, metric("Conflict409"));
        seen.addAll(lines);

        // PATCH without If-Match (428), with a stale one (412), then for real.
        String patch = "{\"status\":\"IN_REVIEW\"}";
        once(api, "PATCH", "/claims/" + id, patch, Map.of(), keyId, "PATCH /claims/{claimId}", 428, false);
        assertEquals(1, metric("PreconditionRequired428"));
        seen.addAll(lines);
        once(
                api,
                "PATCH",
                "/claims/" + id,
                patch,
                Map.of("If-Match", "\"" + id + ".0\""),
                keyId,
                "PATCH /claims/{claimId}",
                412,
                false);
        assertEquals(1, metric("PreconditionFailed412"));
        seen.addAll(lines);
        String etag = once(
                        api,
                        "PATCH",
                        "/claims/" + id,
                        patch,
                        Map.of("If-Match", "\"" + id + ".1\""),
                        keyId,
                        "PATCH /claims/{claimId}",
                        200,
                        false)
                .header("ETag");
        assertTrue(metricLines().isEmpty(), "a plain update counts nothing: " + lines);

        // A verdict, then its revision.
        String verdicts = "/claims/" + id + "/verdicts";
        etag = once(
                        api,
                        "POST",
                        verdicts,
                        Samples.verdict("FALSE"),
                        Map.of("If-Match", etag),
                        keyId,
                        "POST /claims/{claimId}/verdicts",
                        201,
                        false)
                .header("ETag");
        assertEquals(1, metric("VerdictsPublished"));
        assertEquals(0, metric("VerdictsRevised"));
        seen.addAll(lines);
        once(
                api,
                "POST",
                verdicts,
                Samples.verdict("TRUE"),
                Map.of("If-Match", etag),
                keyId,
                "POST /claims/{claimId}/verdicts",
                201,
                false);
        assertEquals(1, metric("VerdictsPublished"));
        assertEquals(1, metric("VerdictsRevised"));
        seen.addAll(lines);

        // An article: each claim it creates is a submission; the linked one is not.
        String speaker = Samples.uniqueName("Speaker");
        String article = """
                {"url": "https://news.example/telemetry", "outlet": "CNN", "claims": [
                 {"statement": "%s", "speaker": {"name": "%s"}},
                 {"statement": "%s", "speaker": {"name": "%s"}},
                 {"statement": "The U.S. is not a member of the ICC %s.", "speaker": {"name": "Joe Biden"}}]}
                """.formatted(
                Samples.uniqueStatement(), speaker, Samples.uniqueStatement(), speaker, Samples.uniqueName("x"));
        once(api, "POST", "/articles", article, Map.of(), keyId, "POST /articles", 201, false);
        assertEquals(3, metric("ClaimsSubmitted"));
        seen.addAll(lines);

        // Every metric line says which namespace and dimension it belongs to.
        for (String line : seen) {
            Map<String, Object> m = json(line);
            if (!m.containsKey("_aws")) continue;
            @SuppressWarnings("unchecked")
            Map<String, Object> directive = ((List<Map<String, Object>>)
                            ((Map<String, Object>) m.get("_aws")).get("CloudWatchMetrics"))
                    .getFirst();
            assertEquals("FactCheckClaims", directive.get("Namespace"));
            assertEquals("claims-api", m.get("Service"));
        }

        // A key that does not match: the authorizer denies, the function never runs.
        String forged = "fck_" + keyId + "_" + "A".repeat(43);
        lines.clear();
        assertEquals(
                401,
                HandlerClient.withKey(forged, functions)
                        .get("/claims?limit=1", Map.of())
                        .status());
        assertTrue(requestLines().isEmpty());
        Logged decision = logged().getFirst();
        assertEquals("INFO", decision.level());
        assertEquals(
                Map.of("type", "authorizer", "decision", "deny", "keyId", keyId), withoutNulls(decision.message()));
        assertEquals(1, metric("AuthorizerDenials"));
        seen.addAll(lines);

        // A header that is no key at all: denied, no key id to name.
        lines.clear();
        assertEquals(
                401,
                HandlerClient.withKey("not-a-key", functions)
                        .get("/claims?limit=1", Map.of())
                        .status());
        assertNull(logged().getFirst().message().get("keyId"));
        assertEquals(1, metric("AuthorizerDenials"));
        seen.addAll(lines);

        for (String line : seen) {
            for (String k : List.of(key, forged)) {
                String secret = k.substring(k.length() - 43);
                assertFalse(line.contains(secret), "a key's secret was logged: " + line);
                assertFalse(line.contains(ApiKeys.hash(secret)), "a key's hash was logged: " + line);
            }
            assertFalse(line.contains("Bearer"), "an Authorization header was logged: " + line);
        }
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> map) {
        Map<String, Object> out = new java.util.LinkedHashMap<>(map);
        out.values().removeIf(java.util.Objects::isNull);
        return out;
    }
}
