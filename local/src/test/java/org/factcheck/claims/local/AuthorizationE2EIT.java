package org.factcheck.claims.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.factcheck.claims.keys.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every route × every kind of caller, over HTTP through the development server, which
 * runs the template's authorizer as API Gateway does. Each cell asserts the exact status.
 */
class AuthorizationE2EIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final AtomicInteger N = new AtomicInteger();
    private static DevServer server;
    private static String claimId;
    private static String admin;
    private static final Map<String, String> CALLERS = new LinkedHashMap<>();
    private static final String NO_SUBSCRIPTION = "01ARZ3NDEKTSV4RRFFQ69G5FAV";

    /** One route: how to call it, and what an allowed caller gets. */
    private record RouteCall(String name, Role needs, int success, Supplier<HttpRequest.Builder> request) {}

    @BeforeAll
    static void start() throws Exception {
        server = new DevServer(TestEnvironment.TEMPLATE, 0).start();
        admin = TestKeys.key(Role.ADMIN, "matrix-admin");
        HttpResponse<String> created = send(post("/claims", Samples.claim(Samples.uniqueStatement())), admin);
        claimId =
                (String) HandlerClient.JSON.readValue(created.body(), Map.class).get("id");
        send(patch("/claims/" + claimId, "{\"status\":\"IN_REVIEW\"}").header("If-Match", etag()), admin);
        send(post("/claims/" + claimId + "/verdicts", Samples.verdict("FALSE")).header("If-Match", etag()), admin);

        CALLERS.put("no header", null);
        CALLERS.put("malformed", "Basic dXNlcjpwYXNz");
        CALLERS.put("unknown key", "Bearer fck_01ARZ3NDEKTSV4RRFFQ69G5FAV_" + "A".repeat(43));
        CALLERS.put("revoked", "Bearer " + TestKeys.revoked(Role.ADMIN));
        CALLERS.put("expired", "Bearer " + TestKeys.expired(Role.ADMIN));
        CALLERS.put("reader", "Bearer " + TestKeys.key(Role.READER, "matrix-reader"));
        CALLERS.put("factchecker", "Bearer " + TestKeys.key(Role.FACTCHECKER, "matrix-factchecker"));
        CALLERS.put("admin", "Bearer " + admin);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The claim's current ETag, read as admin: each guarded write sends the real one. */
    private static String etag() {
        try {
            return send(get("/claims/" + claimId), admin)
                    .headers()
                    .firstValue("ETag")
                    .orElseThrow();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** What each route of template.yaml expects, by "METHOD /path" as the template names it. */
    private static Map<String, RouteCall> expectations() {
        Map<String, RouteCall> calls = new LinkedHashMap<>();
        for (RouteCall call : List.of(
                new RouteCall("GET /claims", Role.READER, 200, () -> get("/claims")),
                new RouteCall("GET /claims/{claimId}", Role.READER, 200, () -> get("/claims/" + claimId)),
                new RouteCall(
                        "GET /claims/{claimId}/verdicts",
                        Role.READER,
                        200,
                        () -> get("/claims/" + claimId + "/verdicts")),
                new RouteCall(
                        "GET /claims/{claimId}/claimreview",
                        Role.READER,
                        200,
                        () -> get("/claims/" + claimId + "/claimreview")),
                new RouteCall("GET /changes", Role.READER, 200, () -> get("/changes?limit=5")),
                new RouteCall(
                        "POST /claims",
                        Role.FACTCHECKER,
                        201,
                        () -> post("/claims", Samples.claim(Samples.uniqueStatement()))),
                new RouteCall(
                        "POST /articles",
                        Role.FACTCHECKER,
                        201,
                        () -> post(
                                "/articles",
                                "{\"url\":\"https://news.example/m\",\"outlet\":\"CNN\",\"claims\":[{\"statement\":\"%s\",\"speaker\":{\"name\":\"M\"}}]}"
                                        .formatted(Samples.uniqueStatement()))),
                new RouteCall(
                        "PATCH /claims/{claimId}",
                        Role.FACTCHECKER,
                        200,
                        () -> patch("/claims/" + claimId, "{\"context\":\"edit " + N.incrementAndGet() + "\"}")
                                .header("If-Match", etag())),
                new RouteCall(
                        "POST /claims/{claimId}/appearances",
                        Role.FACTCHECKER,
                        201,
                        () -> post(
                                "/claims/" + claimId + "/appearances",
                                "{\"outlet\":\"Outlet " + N.incrementAndGet() + "\",\"url\":\"https://o.example/"
                                        + N.get() + "\"}")),
                new RouteCall(
                        "POST /claims/{claimId}/verdicts",
                        Role.FACTCHECKER,
                        201,
                        () -> post("/claims/" + claimId + "/verdicts", Samples.verdict("FALSE"))
                                .header("If-Match", etag())),
                new RouteCall(
                        "POST /keys",
                        Role.ADMIN,
                        201,
                        () -> post("/keys", "{\"owner\":\"someone\",\"role\":\"reader\"}")),
                new RouteCall("GET /keys", Role.ADMIN, 200, () -> get("/keys")),
                new RouteCall(
                        "POST /subscriptions",
                        Role.READER,
                        201,
                        () -> post(
                                "/subscriptions",
                                "{\"url\":\"https://93.184.215.14/hook\",\"events\":[\"claim.created\"]}")),
                new RouteCall("GET /subscriptions", Role.READER, 200, () -> get("/subscriptions")),
                // By id, a subscription no key has: an allowed caller reaches the handler (404), others do not.
                new RouteCall(
                        "GET /subscriptions/{subscriptionId}",
                        Role.READER,
                        404,
                        () -> get("/subscriptions/" + NO_SUBSCRIPTION)),
                new RouteCall(
                        "PATCH /subscriptions/{subscriptionId}",
                        Role.READER,
                        404,
                        () -> patch("/subscriptions/" + NO_SUBSCRIPTION, "{\"status\":\"ACTIVE\"}")),
                new RouteCall(
                        "DELETE /subscriptions/{subscriptionId}",
                        Role.READER,
                        404,
                        () -> request("/subscriptions/" + NO_SUBSCRIPTION).DELETE()),
                new RouteCall(
                        "POST /subscriptions/{subscriptionId}/secret",
                        Role.READER,
                        404,
                        () -> post("/subscriptions/" + NO_SUBSCRIPTION + "/secret", "{}")),
                new RouteCall(
                        "POST /subscriptions/{subscriptionId}/test",
                        Role.READER,
                        404,
                        () -> post("/subscriptions/" + NO_SUBSCRIPTION + "/test", "{}")),
                new RouteCall(
                        "DELETE /keys/{keyId}",
                        Role.ADMIN,
                        204,
                        () -> request("/keys/" + TestKeys.keyId(TestKeys.key(Role.READER, "to-revoke")))
                                .DELETE()))) {
            calls.put(call.name(), call);
        }
        return calls;
    }

    /** The matrix's rows are template.yaml's routes: a new route without an expectation fails here. */
    private static List<RouteCall> routes() {
        Map<String, RouteCall> expected = expectations();
        List<String> templateRoutes = TestEnvironment.TEMPLATE.routes().stream()
                .filter(r -> r.authorizer() != null)
                .map(r -> r.method() + " " + r.path())
                .toList();
        List<String> missing =
                templateRoutes.stream().filter(r -> !expected.containsKey(r)).toList();
        if (!missing.isEmpty())
            throw new AssertionError("template.yaml routes without an expectation in AuthorizationE2EIT: " + missing);
        List<String> stale = expected.keySet().stream()
                .filter(r -> !templateRoutes.contains(r))
                .toList();
        if (!stale.isEmpty()) throw new AssertionError("expectations for routes template.yaml does not have: " + stale);
        return templateRoutes.stream().map(expected::get).toList();
    }

    @Test
    void everyRouteOfTheTemplateIsInTheMatrix() {
        assertEquals(
                TestEnvironment.TEMPLATE.routes().size(),
                routes().size(),
                "every route of template.yaml is behind the authorizer and has a row");
    }

    @TestFactory
    List<DynamicTest> everyRouteForEveryCaller() {
        List<DynamicTest> tests = new ArrayList<>();
        for (RouteCall route : routes()) {
            CALLERS.forEach((caller, authorization) ->
                    tests.add(DynamicTest.dynamicTest(route.name() + " as " + caller, () -> {
                        HttpResponse<String> response = send(
                                route.request().get(),
                                authorization == null ? null : authorization.substring(7),
                                authorization);
                        Role role = Role.fromWireName(caller);
                        int expected = role == null ? 401 : role.includes(route.needs()) ? route.success() : 403;
                        assertEquals(
                                expected,
                                response.statusCode(),
                                route.name() + " as " + caller + ": " + response.body());
                        if (expected == 401) {
                            assertEquals(
                                    "Bearer",
                                    response.headers()
                                            .firstValue("WWW-Authenticate")
                                            .orElse(null));
                            assertTrue(response.body().contains("\"status\":401"), response.body());
                        }
                        if (expected == 403) assertTrue(response.body().contains("\"status\":403"), response.body());
                    })));
        }
        return tests;
    }

    @Test
    void identityComesFromTheKeyNotTheBody() throws Exception {
        String key = TestKeys.key(Role.FACTCHECKER, "Newsroom Desk 7");
        HttpResponse<String> created = send(post("/claims", Samples.claim(Samples.uniqueStatement())), key);
        assertEquals(
                "Newsroom Desk 7",
                HandlerClient.JSON.readValue(created.body(), Map.class).get("submittedBy"));
        String forged = Samples.claim(Samples.uniqueStatement())
                .replace("{\"statement\"", "{\"submittedBy\":\"admin\",\"statement\"");
        assertEquals(400, send(post("/claims", forged), key).statusCode(), "submittedBy is not a field of the body");
    }

    @Test
    void aRevokedKeyWorksOnlyUntilTheAuthorizerCacheExpires() throws Exception {
        String key = TestKeys.key(Role.READER, "cached-reader");
        assertEquals(200, send(get("/claims?limit=1"), key).statusCode());
        TestKeys.store().revoke(TestKeys.keyId(key), "2026-01-01T00:00:00.000Z");
        assertEquals(
                200,
                send(get("/claims?limit=1"), key).statusCode(),
                "API Gateway keeps the cached decision for ReauthorizeEvery (300 s): documented in docs/security.md");
        DevServer fresh = new DevServer(TestEnvironment.TEMPLATE, 0).start();
        try {
            HttpResponse<String> uncached = DevServerCalls.get(fresh, "/claims", key);
            assertEquals(401, uncached.statusCode(), "without a cached decision the revoked key is refused");
        } finally {
            fresh.close();
        }
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    }

    private static HttpRequest.Builder get(String path) {
        return request(path).GET();
    }

    private static HttpRequest.Builder post(String path, String body) {
        return request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpRequest.Builder patch(String path, String body) {
        return request(path)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String key) throws Exception {
        return send(request, key, key == null ? null : "Bearer " + key);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String key, String authorization)
            throws Exception {
        if (authorization != null) request.header("Authorization", authorization);
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        OpenApiContract.check(response);
        return response;
    }
}
