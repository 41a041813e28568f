package org.factcheck.claims.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.factcheck.claims.keys.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile input over HTTP through the development server: every case is a 4xx problem
 * document that fits openapi.yaml, names the field (JSON Pointer) or parameter at fault,
 * and a refused write leaves the table exactly as it was (a full Scan before and after).
 */
class HostileInputE2EIT {
    /** 150 × U+FDFA: 450 bytes as sent, about 8 KB once NFKC-normalized. */
    private static final String EXPANDING = "\uFDFA".repeat(150);

    private static final String FAR_FUTURE = "+999999999-12-31T23:59:59-01:00";
    private static DevServer server;
    private static String checker;
    private static String admin;
    private static String claimId;
    private static String reviewedId;

    /** One hostile request and where the answer must point: a JSON Pointer, a parameter, or null. */
    private record Case(
            String name,
            String method,
            String resource,
            String path,
            Map<String, String> headers,
            byte[] body,
            int status,
            String at) {}

    @BeforeAll
    static void start() throws Exception {
        TestEnvironment.ensureTable();
        server = new DevServer(TestEnvironment.TEMPLATE, 0).start();
        checker = TestKeys.key(Role.FACTCHECKER, "hostile-e2e");
        admin = TestKeys.key(Role.ADMIN, "hostile-e2e-admin");
        claimId = created();
        reviewedId = created();
        Map<String, String> ifMatch = Map.of("If-Match", etag(reviewedId));
        assertEquals(
                200,
                send("PATCH", "/claims/" + reviewedId, checker, ifMatch, utf8("{\"status\":\"IN_REVIEW\"}"))
                        .statusCode());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void datesOutsideTheDocumentedFormsAre400() throws Exception {
        List<Case> cases = new ArrayList<>();
        for (String since : List.of(
                FAR_FUTURE,
                "-999999999-01-01T00:00:00+01:00",
                "0001-01-01T00:00:00+01:00",
                "9999-12-31T23:59:59-01:00",
                "1899-12-31T23:59:59Z",
                "2022-07-26T14:00Z",
                "2022-02-30T00:00:00Z")) {
            cases.add(get("since " + since, "/claims", "/claims?since=" + encode(since), "since"));
        }
        cases.add(post(
                "publishedAt of an appearance",
                "/claims",
                claim("x", "CNN")
                        .replace("\"outlet\": \"CNN\"", "\"outlet\": \"CNN\", \"publishedAt\": \"" + FAR_FUTURE + "\""),
                "/appearances/0/publishedAt"));
        cases.add(post(
                "claimDate",
                "/claims",
                claim("x", "CNN").replace("}]}", "}], \"claimDate\": \"+999999999-12-31\"}"),
                "/claimDate"));
        cases.add(post(
                "publishedAt of an article",
                "/articles",
                article("CNN", "https://news.example/a", FAR_FUTURE),
                "/publishedAt"));
        cases.add(patch("claimDate before 1900", "{\"claimDate\": \"1899-12-31\"}", "/claimDate"));
        cases.add(new Case(
                "expiresAt of a key",
                "POST",
                "/keys",
                "/keys",
                Map.of("Content-Type", "application/json"),
                utf8("{\"owner\": \"x\", \"role\": \"reader\", \"expiresAt\": \"" + FAR_FUTURE + "\"}"),
                400,
                "/expiresAt"));
        assertAllRefused(cases);
    }

    @Test
    void namesMustFitAKeyAfterNormalization() throws Exception {
        assertAllRefused(List.of(
                post("speaker name", "/claims", claimBy(EXPANDING, "CNN"), "/speaker/name"),
                post("outlet", "/claims", claimBy("Joe Biden", EXPANDING), "/appearances/0/outlet"),
                post("article outlet", "/articles", article(EXPANDING, "https://news.example/a", null), "/outlet"),
                post(
                        "appearance outlet",
                        "/claims/{claimId}/appearances",
                        "{\"outlet\": \"" + EXPANDING + "\"}",
                        "/outlet"),
                get("speaker filter", "/claims", "/claims?speaker=" + encode(EXPANDING), "speaker"),
                get("outlet filter", "/claims", "/claims?outlet=" + encode(EXPANDING), "outlet")));
    }

    @Test
    void bodiesOfAnySizeAre413() throws Exception {
        List<Case> cases = new ArrayList<>();
        for (int size : List.of(64 * 1024 + 1, 1 << 20, 10 * (1 << 20) - 4096)) {
            byte[] body = utf8(claim("x".repeat(size), "CNN"));
            cases.add(new Case(
                    size + " bytes",
                    "POST",
                    "/claims",
                    "/claims",
                    Map.of("Content-Type", "application/json"),
                    body,
                    413,
                    null));
            cases.add(new Case(
                    size + " bytes, PATCH",
                    "PATCH",
                    "/claims/{claimId}",
                    "/claims/" + claimId,
                    Map.of("Content-Type", "application/json", "If-Match", etag(claimId)),
                    body,
                    413,
                    null));
        }
        assertAllRefused(cases);
    }

    @Test
    void cursorsThisQueryDidNotIssueAre400() throws Exception {
        for (int i = 0; i < 2; i++) {
            String id = created();
            send("PATCH", "/claims/" + id, checker, Map.of("If-Match", etag(id)), utf8("{\"status\":\"IN_REVIEW\"}"));
        }
        String cursor = (String)
                json(send("GET", "/claims?limit=1", checker, Map.of(), null)).get("nextCursor");
        String other = (String) json(send("GET", "/claims?status=IN_REVIEW&limit=1", checker, Map.of(), null))
                .get("nextCursor");
        assertTrue(cursor != null && other != null, "fixtures give two pages");
        String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        String tampered =
                Base64.getUrlEncoder().withoutPadding().encodeToString(utf8(decoded.replace("CLAIM#", "DEDUP#")));
        String injected = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(utf8("{\"pk\":{\"S\":\"x\"},\"sk\":\"CLAIM\",\"feedKey\":\"CLAIM\",\"id\":\"x\"}"));
        List<Case> cases = new ArrayList<>();
        for (String bad :
                List.of("!!!", "e30", cursor.substring(0, cursor.length() - 3), tampered, injected, "a".repeat(3000))) {
            cases.add(get(
                    "cursor " + bad.substring(0, Math.min(20, bad.length())),
                    "/claims",
                    "/claims?limit=1&cursor=" + encode(bad),
                    "cursor"));
        }
        cases.add(get(
                "a feed cursor on the status index", "/claims", "/claims?status=IN_REVIEW&cursor=" + cursor, "cursor"));
        cases.add(get(
                "a status cursor on the rating index", "/claims", "/claims?rating=FALSE&cursor=" + other, "cursor"));
        cases.add(get(
                "a claims cursor on verdicts",
                "/claims/{claimId}/verdicts",
                "/claims/" + claimId + "/verdicts?cursor=" + cursor,
                "cursor"));
        assertAllRefused(cases);
    }

    @Test
    void ifMatchStarIsRefusedWhereAClaimChanges() throws Exception {
        List<Case> cases = new ArrayList<>();
        for (String star : List.of("*", "*, \"x.1\"", "W/\"x\", *")) {
            cases.add(new Case(
                    "PATCH " + star,
                    "PATCH",
                    "/claims/{claimId}",
                    "/claims/" + claimId,
                    Map.of("Content-Type", "application/json", "If-Match", star),
                    utf8("{\"status\":\"IN_REVIEW\"}"),
                    428,
                    null));
            cases.add(new Case(
                    "verdict " + star,
                    "POST",
                    "/claims/{claimId}/verdicts",
                    "/claims/" + reviewedId + "/verdicts",
                    Map.of("Content-Type", "application/json", "If-Match", star),
                    utf8(Samples.verdict("FALSE")),
                    428,
                    null));
            cases.add(new Case(
                    "appearance " + star,
                    "POST",
                    "/claims/{claimId}/appearances",
                    "/claims/" + claimId + "/appearances",
                    Map.of("Content-Type", "application/json", "If-Match", star),
                    utf8("{\"outlet\": \"BBC\"}"),
                    428,
                    null));
        }
        assertAllRefused(cases);
    }

    @Test
    void publishedTextRefusesControlAndBidiCharacters() throws Exception {
        List<Case> cases = new ArrayList<>();
        for (String c :
                List.of("\\u202E", "\\u202A", "\\u2066", "\\u2069", "\\u0007", "\\u0000", "\\u0085", "\\u001B")) {
            cases.add(post("statement " + c, "/claims", claim("a" + c + "b", "CNN"), "/statement"));
            cases.add(post("speaker " + c, "/claims", claimBy("Joe" + c + "Biden", "CNN"), "/speaker/name"));
            cases.add(post("outlet " + c, "/claims", claimBy("Joe Biden", "CN" + c + "N"), "/appearances/0/outlet"));
            cases.add(post(
                    "headline " + c,
                    "/articles",
                    article("CNN", "https://news.example/a", null)
                            .replace("\"outlet\"", "\"headline\": \"x" + c + "y\", \"outlet\""),
                    "/headline"));
            cases.add(verdict(
                    "summary " + c, Samples.verdict("FALSE").replace("Checked", "Che" + c + "cked"), "/summary"));
            cases.add(verdict(
                    "evidence title " + c,
                    Samples.verdict("FALSE").replace("\"ICC\"", "\"I" + c + "CC\""),
                    "/evidence/0/title"));
            cases.add(patch("context " + c, "{\"context\": \"x" + c + "y\"}", "/context"));
        }
        assertAllRefused(cases);
    }

    @Test
    void urlsMustBeHttpOrHttpsWithoutUserInformation() throws Exception {
        List<Case> cases = new ArrayList<>();
        for (String url : List.of(
                "https://good.example@evil.example/",
                "https://user:password@news.example/",
                "javascript:alert(1)",
                "data:text/html,<script>alert(1)</script>",
                "ftp://news.example/",
                "//news.example/x",
                "https:///x",
                "news.example/x")) {
            cases.add(post(
                    "appearance url " + url,
                    "/claims",
                    claim("x", "CNN").replaceFirst("https://news\\.example/\\d+", url),
                    "/appearances/0/url"));
            cases.add(post("article url " + url, "/articles", article("CNN", url, null), "/url"));
            cases.add(verdict(
                    "evidence url " + url,
                    Samples.verdict("FALSE").replace("https://en.wikipedia.org/wiki/International_Criminal_Court", url),
                    "/evidence/0/url"));
            cases.add(verdict(
                    "review url " + url,
                    Samples.verdict("FALSE").replace("\"rating\"", "\"reviewUrl\": \"" + url + "\", \"rating\""),
                    "/reviewUrl"));
        }
        assertAllRefused(cases);
    }

    @Test
    void jsonOfTheWrongShapeIs400() throws Exception {
        String valid = claim("x", "CNN");
        UnaryOperator<String> statementAs = json -> valid.replace("\"statement\": \"x\"", "\"statement\": " + json);
        UnaryOperator<String> speakerAs = json -> valid.replaceFirst("\\{\"name\": \"[^\"]*\"}", json);
        assertAllRefused(List.of(
                post("statement as a number", "/claims", statementAs.apply("42"), "/statement"),
                post("speaker as a string", "/claims", speakerAs.apply("\"Joe Biden\""), "/speaker"),
                post("speaker as an array", "/claims", speakerAs.apply("[\"Joe Biden\"]"), "/speaker"),
                post(
                        "appearances as an object",
                        "/claims",
                        valid.replaceFirst("\\[\\{\"outlet\"", "{\"x\": {\"outlet\"")
                                .replace("}]", "}}"),
                        "/appearances"),
                post("an array body", "/claims", "[" + valid + "]", ""),
                post("a string body", "/claims", "\"statement\"", ""),
                post("null", "/claims", "null", ""),
                post("deep nesting", "/claims", "{\"statement\":" + "[".repeat(1000) + "]".repeat(1000) + "}", null),
                post("a 400-digit number", "/claims", "{\"statement\": 1" + "0".repeat(400) + "}", null),
                post("a huge exponent", "/claims", statementAs.apply("1e999999999"), "/statement"),
                post("duplicate keys", "/claims", statementAs.apply("\"x\", \"statement\": \"y\""), null),
                post(
                        "duplicate keys deep down",
                        "/claims",
                        valid.replace("\"outlet\": \"CNN\"", "\"outlet\": \"CNN\", \"outlet\": \"BBC\""),
                        null),
                post("topics of objects", "/claims", valid.replace("]}", "], \"topics\": [{\"a\": 1}]}"), "/topics/0"),
                patch("status as a number", "{\"status\": 1}", "/status"),
                patch("an array patch", "[{\"op\": \"replace\", \"path\": \"/status\", \"value\": \"RATED\"}]", ""),
                verdict(
                        "evidence as a string",
                        Samples.verdict("FALSE").replaceFirst("\\[\\{[^]]*]", "\"https://x.example/\""),
                        "/evidence")));
    }

    @Test
    void claimReviewJsonLdCanBePastedIntoAScriptElement() throws Exception {
        String id = created("Statement with </script><script>alert(1)</script> & more " + Samples.uniqueName("s"));
        String etag = etag(id);
        etag = send("PATCH", "/claims/" + id, checker, Map.of("If-Match", etag), utf8("{\"status\":\"IN_REVIEW\"}"))
                .headers()
                .firstValue("ETag")
                .orElseThrow();
        HttpResponse<String> published = send(
                "POST",
                "/claims/" + id + "/verdicts",
                checker,
                Map.of("If-Match", etag),
                utf8(Samples.verdict("FALSE").replace("Label for FALSE", "False <b>& misleading</b>")));
        assertEquals(201, published.statusCode(), published.body());
        HttpResponse<String> review = send("GET", "/claims/" + id + "/claimreview", checker, Map.of(), null);
        assertEquals(200, review.statusCode());
        assertFalse(
                review.body().contains("<")
                        || review.body().contains(">")
                        || review.body().contains("&"),
                review.body());
        assertTrue(review.body().contains("\\u003c/script\\u003e"), review.body());
        Map<String, Object> parsed = json(review);
        assertTrue(String.valueOf(parsed.get("claimReviewed")).contains("</script><script>alert(1)</script> & more"));
        OpenApiContract.check("GET", "/claims/{claimId}/claimreview", DevServerCalls.response(review));
    }

    // ---- the checks every case shares

    /**
     * Sends every case and checks its answer; the table is dumped before and after the
     * batch (a Scan per case would take minutes on the shared test table), and any item
     * a case added or changed is listed, which names the case.
     */
    private static void assertAllRefused(List<Case> cases) throws Exception {
        List<String> failures = new ArrayList<>();
        Map<String, String> before = DevServerCalls.tableDump();
        for (Case c : cases) {
            String key = c.resource().equals("/keys") ? admin : checker;
            HttpResponse<String> r = send(c.method(), c.path(), key, c.headers(), c.body());
            String what = c.name() + ": " + c.method() + " "
                    + c.path().substring(0, Math.min(80, c.path().length())) + " → " + r.statusCode() + " "
                    + r.body().substring(0, Math.min(300, r.body().length()));
            try {
                assertEquals(c.status(), r.statusCode());
                assertEquals(
                        "application/problem+json",
                        r.headers().firstValue("Content-Type").orElse(null));
                OpenApiContract.check(c.method(), c.resource(), DevServerCalls.response(r));
                if (c.at() != null) assertTrue(pointsAt(json(r), c.at()), "names " + c.at());
            } catch (AssertionError e) {
                failures.add(what + "\n    " + e.getMessage());
            }
        }
        Map<String, String> after = DevServerCalls.tableDump();
        after.forEach((key, item) -> {
            if (!item.equals(before.get(key))) failures.add("written although refused: " + item);
        });
        before.keySet().stream().filter(key -> !after.containsKey(key)).forEach(key -> failures.add("deleted: " + key));
        assertEquals(List.of(), failures, failures.size() + " failures in " + cases.size() + " cases");
    }

    @SuppressWarnings("unchecked")
    private static boolean pointsAt(Map<String, Object> problem, String at) {
        Object errors = problem.get("errors");
        if (!(errors instanceof List<?> list)) return false;
        return list.stream()
                .map(e -> (Map<String, Object>) e)
                .anyMatch(e -> at.equals(e.get("pointer")) || at.equals(e.get("parameter")));
    }

    // ---- requests

    private static HttpResponse<String> send(
            String method, String path, String key, Map<String, String> headers, byte[] body) throws Exception {
        return DevServerCalls.send(server, method, path, key, headers, body);
    }

    private static Map<String, Object> json(HttpResponse<String> r) throws Exception {
        return DevServerCalls.json(r);
    }

    private static String created() throws Exception {
        return created(Samples.uniqueStatement());
    }

    private static String created(String statement) throws Exception {
        HttpResponse<String> r = send("POST", "/claims", checker, Map.of(), utf8(Samples.claim(statement)));
        assertEquals(201, r.statusCode(), r.body());
        return (String) json(r).get("id");
    }

    private static String etag(String id) throws Exception {
        return send("GET", "/claims/" + id, checker, Map.of(), null)
                .headers()
                .firstValue("ETag")
                .orElseThrow();
    }

    private static Case get(String name, String resource, String path, String parameter) {
        return new Case(name, "GET", resource, path, Map.of(), null, 400, parameter);
    }

    /** A POST of {@code body}; {claimId} in the resource is the shared claim. */
    private static Case post(String name, String resource, String body, String pointer) {
        return new Case(
                name, "POST", resource, resource.replace("{claimId}", claimId), Map.of(), utf8(body), 400, pointer);
    }

    private static Case patch(String name, String body, String pointer) throws Exception {
        return new Case(
                name,
                "PATCH",
                "/claims/{claimId}",
                "/claims/" + claimId,
                Map.of("If-Match", etag(claimId)),
                utf8(body),
                400,
                pointer);
    }

    private static Case verdict(String name, String body, String pointer) throws Exception {
        return new Case(
                name,
                "POST",
                "/claims/{claimId}/verdicts",
                "/claims/" + reviewedId + "/verdicts",
                Map.of("If-Match", etag(reviewedId)),
                utf8(body),
                400,
                pointer);
    }

    /** A claim body by a unique speaker (so nothing can be a duplicate) with this statement and outlet. */
    private static String claim(String statement, String outlet) {
        return claimBy(Samples.uniqueName("Hostile"), outlet)
                .replace("\"statement\": \"s\"", "\"statement\": \"" + statement + "\"");
    }

    private static String claimBy(String speaker, String outlet) {
        return "{\"statement\": \"s\", \"speaker\": {\"name\": \"" + speaker + "\"}, "
                + "\"appearances\": [{\"outlet\": \"" + outlet + "\", \"url\": \"https://news.example/"
                + System.nanoTime() + "\"}]}";
    }

    private static String article(String outlet, String url, String publishedAt) {
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("url", url);
        article.put("outlet", outlet);
        if (publishedAt != null) article.put("publishedAt", publishedAt);
        article.put(
                "claims",
                List.of(Map.of("statement", Samples.uniqueStatement(), "speaker", Map.of("name", "Joe Biden"))));
        try {
            return HandlerClient.JSON.writeValueAsString(article);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
