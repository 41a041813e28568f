package org.factcheck.claims.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile input on every route: each gets a 4xx problem, none a 5xx, and nothing is
 * stored (no claim by the hostile speaker, and the target claim's ETag unchanged).
 */
class HostileInputIT {
    private static final String SPEAKER = Samples.uniqueName("Hostile");
    private static final HandlerClient API = new HandlerClient();
    private static String claimId;
    private static String etag;

    @BeforeAll
    static void fixture() throws Exception {
        claimId = (String) API.create(Samples.claim(Samples.uniqueStatement())).get("id");
        etag = API.etag(claimId);
    }

    /** Hostile bodies, each built around a field of a valid claim. */
    private static Map<String, byte[]> bodies() {
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        String statement = Samples.uniqueStatement();
        bodies.put("oversized body", utf8(Samples.claim(SPEAKER, statement + "x".repeat(70_000), "CNN")));
        bodies.put("oversized field", utf8(Samples.claim(SPEAKER, "x".repeat(1001), "CNN")));
        bodies.put("oversized name", utf8(Samples.claim("n".repeat(201), statement, "CNN")));
        bodies.put("deep nesting", utf8("{\"statement\":" + "[".repeat(200) + "]".repeat(200) + "}"));
        bodies.put(
                "nested objects where strings go",
                utf8(Samples.claim(SPEAKER, statement, "CNN").replace("\"ICC\"", "{\"a\":{\"b\":{\"c\":[1,2,3]}}}")));
        bodies.put(
                "huge number",
                utf8("{\"statement\":1" + "0".repeat(400) + ",\"speaker\":{\"name\":\"" + SPEAKER + "\"}}"));
        bodies.put("huge exponent", utf8("{\"statement\":1e999999999,\"speaker\":{\"name\":\"" + SPEAKER + "\"}}"));
        bodies.put("NUL in a string", utf8(Samples.claim(SPEAKER, "nul\\u0000byte " + statement, "CNN")));
        bodies.put("control characters", utf8(Samples.claim(SPEAKER, "bell\\u0007 " + statement, "CNN")));
        bodies.put("unpaired surrogate", utf8(Samples.claim(SPEAKER, "half \\ud800 " + statement, "CNN")));
        byte[] invalid = utf8(Samples.claim(SPEAKER, "invalid XX " + statement, "CNN"));
        int at = new String(invalid, StandardCharsets.UTF_8).indexOf("XX");
        invalid[at] = (byte) 0xC3;
        invalid[at + 1] = (byte) 0x28;
        bodies.put("invalid UTF-8", invalid);
        bodies.put(
                "duplicate keys",
                utf8("{\"statement\":\"a\",\"statement\":\"b\",\"speaker\":{\"name\":\"" + SPEAKER + "\"}}"));
        bodies.put("trailing garbage", utf8(Samples.claim(SPEAKER, statement, "CNN") + "<script>"));
        bodies.put("array body", utf8("[" + Samples.claim(SPEAKER, statement, "CNN") + "]"));
        bodies.put(
                "injection-looking url",
                utf8(Samples.claim(SPEAKER, statement, "CNN")
                        .replace("https://news.example/", "javascript:alert(1)//")));
        bodies.put(
                "prototype pollution",
                utf8("{\"__proto__\":{\"admin\":true},\"statement\":\"x\",\"speaker\":{\"name\":\"" + SPEAKER
                        + "\"}}"));
        return bodies;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String[]> bodyRoutes() {
        return List.of(
                new String[] {"POST", "/claims"},
                new String[] {"POST", "/articles"},
                new String[] {"PATCH", "/claims/{id}"},
                new String[] {"POST", "/claims/{id}/appearances"},
                new String[] {"POST", "/claims/{id}/verdicts"},
                new String[] {"POST", "/keys"});
    }

    @Test
    void hostileBodiesAre4xxOnEveryWriteRoute() throws Exception {
        List<String> failures = new ArrayList<>();
        for (String[] route : bodyRoutes()) {
            for (Map.Entry<String, byte[]> body : bodies().entrySet()) {
                HandlerClient.Response r = API.send(
                        route[0],
                        route[1].replace("{id}", claimId),
                        Map.of("Content-Type", "application/json", "If-Match", etag),
                        body.getValue());
                if (r.status() < 400
                        || r.status() >= 500
                        || !"application/problem+json".equals(r.header("Content-Type"))) {
                    failures.add(
                            route[0] + " " + route[1] + " with " + body.getKey() + " → " + r.status() + " " + r.body());
                }
            }
        }
        assertEquals(List.of(), failures);
        assertNothingStored();
    }

    @Test
    void hostileQueriesAndPathsAreNever5xx() throws Exception {
        List<String> values = List.of(
                "' OR '1'='1",
                "\" OR \"\"=\"",
                "${jndi:ldap://127.0.0.1/x}",
                "../../etc/passwd",
                "<script>alert(1)</script>",
                "%00",
                "\u202Egnp.exe",
                "ѕpeaker",
                "a".repeat(5000),
                "99999999999999999999",
                "-1",
                "9999-99-99T99:99:99Z",
                "{\"S\":\"x\"}",
                "*",
                "CLAIM#",
                "feedKey");
        List<String> failures = new ArrayList<>();
        for (String value : values) {
            String v = URLEncoder.encode(value, StandardCharsets.UTF_8);
            for (String query : List.of("status=", "rating=", "speaker=", "outlet=", "since=", "limit=", "cursor=")) {
                check(failures, API.get("/claims?" + query + v, Map.of()), "GET /claims?" + query + value);
            }
            check(
                    failures,
                    API.get("/claims/" + claimId + "/verdicts?cursor=" + v, Map.of()),
                    "verdicts cursor " + value);
            check(failures, API.get("/keys?cursor=" + v, Map.of()), "keys cursor " + value);
            for (String path : List.of("/claims/%s", "/claims/%s/verdicts", "/claims/%s/claimreview")) {
                String claim = value.contains("/") ? "x" : v;
                check(failures, API.get(path.formatted(claim), Map.of()), "GET " + path + " " + value);
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void lookAlikeResubmissionsAreDuplicates() throws Exception {
        String speaker = Samples.uniqueName("Speaker");
        String id =
                (String) API.create(Samples.claim(speaker, "Evidence will be shared with the court " + speaker, "CNN"))
                        .get("id");
        for (String variant : List.of(
                "Evidеnce will be shared with the court " + speaker, // Cyrillic е
                "Evidence will be shared with the cоurt " + speaker, // Cyrillic о
                "Evidence will be sha\u200Bred with the court " + speaker, // zero-width space
                "ＥＶＩＤＥＮＣＥ will be shared with the court " + speaker, // full width
                "Évidence will be shared with the court " + speaker + "!")) { // accent, punctuation
            HandlerClient.Response r = API.postJson("/claims", Samples.claim(speaker, variant, "CNN"));
            assertEquals(409, r.status(), variant + ": " + r.body());
            assertEquals(id, r.json().get("existingClaimId"));
        }
    }

    private static void check(List<String> failures, HandlerClient.Response r, String what) {
        if (r.status() >= 500) failures.add(what + " → " + r.status() + " " + r.body());
        if (r.status() >= 400 && !"application/problem+json".equals(r.header("Content-Type")))
            failures.add(what + " not a problem");
    }

    private static void assertNothingStored() throws Exception {
        HandlerClient.Response bySpeaker =
                API.get("/claims?speaker=" + URLEncoder.encode(SPEAKER, StandardCharsets.UTF_8), Map.of());
        assertEquals(List.of(), bySpeaker.json().get("items"), "no hostile claim was stored");
        assertEquals(etag, API.etag(claimId), "the target claim did not change");
        assertTrue(API.get("/keys?limit=100", Map.of()).body().indexOf("\"owner\":\"" + SPEAKER) < 0);
    }
}
