package org.factcheck.claims.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Calls the real handlers in-process with the API Gateway events the development
 * server builds, routed by template.yaml: everything but the socket.
 */
final class HandlerClient {
    static final ObjectMapper JSON = new ObjectMapper();

    /** A response, with headers looked up case-insensitively. */
    record Response(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name);
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> json() {
            try {
                return JSON.readValue(body, Map.class);
            } catch (Exception e) {
                throw new AssertionError("not a JSON object: " + body, e);
            }
        }
    }

    /** The identity the tests act as unless they say otherwise: a key id and its owner label. */
    static final String KEY_ID = "01HZZZZZZZZZZZZZZZZZZZZZZZ";

    static final String PRINCIPAL = "it-factchecker";

    private static final LocalFunctions FUNCTIONS = new LocalFunctions();
    private final Router router;
    private final Map<String, Object> authorizer;
    private final LocalFunctions functions;
    /** When set, requests carry this key and the route's authorizer decides, as in API Gateway. */
    private final String apiKey;

    private final LocalAuthorizer gateway;

    HandlerClient() {
        this(PRINCIPAL, "admin");
    }

    /** A client whose requests carry this authorizer context, as API Gateway passes it. */
    HandlerClient(String principal, String role) {
        this(principal == null ? null : context(principal, role), FUNCTIONS, null);
    }

    /** As above, for the key {@code keyId}: another identity than the default one. */
    HandlerClient(String owner, String role, String keyId) {
        this(Map.of("principalId", keyId, "keyId", keyId, "owner", owner, "role", role), FUNCTIONS, null);
    }

    private HandlerClient(Map<String, Object> authorizer, LocalFunctions functions, String apiKey) {
        TestEnvironment.ensureTable();
        this.router = new Router(TestEnvironment.TEMPLATE.routes());
        this.authorizer = authorizer;
        this.functions = functions;
        this.apiKey = apiKey;
        this.gateway = new LocalAuthorizer(functions);
    }

    /** A client whose requests carry {@code key}, run by {@code functions} (their log lines), authorizer included. */
    static HandlerClient withKey(String key, LocalFunctions functions) {
        return new HandlerClient(null, functions, key);
    }

    /** The authorizer context of a key with this owner, as the authorizer returns it. */
    private static Map<String, Object> context(String owner, String role) {
        return Map.of("principalId", KEY_ID, "keyId", KEY_ID, "owner", owner, "role", role);
    }

    Response send(String method, String pathAndQuery, Map<String, String> headers, String body) throws Exception {
        return send(method, pathAndQuery, headers, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    Response send(String method, String pathAndQuery, Map<String, String> headers, byte[] body) throws Exception {
        String path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
        String query = pathAndQuery.contains("?") ? pathAndQuery.substring(pathAndQuery.indexOf('?') + 1) : null;
        Router.Match match = router.match(method, path);
        if (match == null) throw new AssertionError("no route for " + method + " " + path);
        Map<String, List<String>> h = new LinkedHashMap<>();
        headers.forEach((k, v) -> h.put(k, new ArrayList<>(List.of(v))));
        Map<String, Object> context = authorizer;
        String requestId = UUID.randomUUID().toString();
        ProxyEvents.HttpRequest http = new ProxyEvents.HttpRequest(method, path, query, h, body, "127.0.0.1");
        if (apiKey != null) {
            h.put("Authorization", new ArrayList<>(List.of("Bearer " + apiKey)));
            LocalAuthorizer.Decision decision = gateway.authorize(
                    match.route().authorizer(), http, match.route(), match.pathParameters(), requestId);
            if (decision.gatewayResponse() != null) {
                int status = switch (decision.gatewayResponse()) {
                    case "UNAUTHORIZED" -> 401;
                    case "ACCESS_DENIED" -> 403;
                    default -> 500;
                };
                return new Response(status, Map.of(), null);
            }
            context = decision.context();
        }
        Map<String, Object> event = ProxyEvents.build(http, match.route(), match.pathParameters(), requestId, context);
        Response response = invoke(match.route(), JSON.writeValueAsBytes(event));
        OpenApiContract.check(method, match.route().path(), response);
        return response;
    }

    /** Invokes an authorizer function with a ready-made REQUEST event; returns its decision. */
    @SuppressWarnings("unchecked")
    Map<String, Object> invokeAuthorizer(SamTemplate.Authorizer authorizer, byte[] event) throws Exception {
        return JSON.readValue(functions.invoke(authorizer.functionId(), authorizer.handler(), event), Map.class);
    }

    /** Invokes the function of {@code route} with a ready-made event, as `sam local invoke -e` would. */
    @SuppressWarnings("unchecked")
    Response invoke(SamTemplate.Route route, byte[] event) throws Exception {
        byte[] out = functions.invoke(route.functionId(), route.handler(), event);
        Map<String, Object> response = JSON.readValue(out, Map.class);
        Map<String, String> responseHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, Object> raw = (Map<String, Object>) response.get("headers");
        if (raw != null) raw.forEach((k, v) -> responseHeaders.put(k, String.valueOf(v)));
        return new Response(
                ((Number) response.get("statusCode")).intValue(), responseHeaders, (String) response.get("body"));
    }

    /**
     * Invokes a handler instance directly (one built with a test store), with the event
     * of {@code resource}; {claimId} is filled with a well-formed id.
     */
    static Response direct(
            com.amazonaws.services.lambda.runtime.RequestStreamHandler handler,
            String method,
            String resource,
            String body)
            throws Exception {
        return direct(
                handler,
                method,
                resource,
                body,
                resource.contains("{claimId}") ? Map.of("claimId", "01ARZ3NDEKTSV4RRFFQ69G5FAV") : Map.of());
    }

    /** As above, with the path parameters given. */
    static Response direct(
            com.amazonaws.services.lambda.runtime.RequestStreamHandler handler,
            String method,
            String resource,
            String body,
            Map<String, String> pathParameters)
            throws Exception {
        String path = resource;
        for (Map.Entry<String, String> p : pathParameters.entrySet())
            path = path.replace("{" + p.getKey() + "}", p.getValue());
        Map<String, List<String>> h = new LinkedHashMap<>();
        if (body != null) h.put("Content-Type", new ArrayList<>(List.of("application/json")));
        SamTemplate.Route route = new SamTemplate.Route(
                method, resource, "Direct", handler.getClass().getName());
        Map<String, Object> event = ProxyEvents.build(
                new ProxyEvents.HttpRequest(
                        method,
                        path,
                        null,
                        h,
                        body == null ? null : body.getBytes(StandardCharsets.UTF_8),
                        "127.0.0.1"),
                route,
                pathParameters,
                UUID.randomUUID().toString(),
                context(PRINCIPAL, "admin"));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] in = JSON.writeValueAsBytes(event);
        LocalFunctions.runAs(functionOf(handler), () -> {
            handler.handleRequest(
                    new java.io.ByteArrayInputStream(in),
                    out,
                    LocalContext.of(UUID.randomUUID().toString(), functionOf(handler), 10_000, System.out::println));
            return null;
        });
        @SuppressWarnings("unchecked")
        Map<String, Object> response = JSON.readValue(out.toByteArray(), Map.class);
        Map<String, String> responseHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        @SuppressWarnings("unchecked")
        Map<String, Object> raw = (Map<String, Object>) response.get("headers");
        if (raw != null) raw.forEach((k, v) -> responseHeaders.put(k, String.valueOf(v)));
        Response r = new Response(
                ((Number) response.get("statusCode")).intValue(), responseHeaders, (String) response.get("body"));
        OpenApiContract.check(method, resource, r);
        return r;
    }

    /** The template's function whose handler is this class: its calls are that function's. */
    static String functionOf(com.amazonaws.services.lambda.runtime.RequestStreamHandler handler) {
        return TestEnvironment.TEMPLATE.routes().stream()
                .filter(r -> r.handler().startsWith(handler.getClass().getName() + "::"))
                .map(SamTemplate.Route::functionId)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no function has handler " + handler.getClass()));
    }

    Response get(String path, Map<String, String> headers) throws Exception {
        return send("GET", path, headers, (String) null);
    }

    Response postJson(String path, String body) throws Exception {
        return send("POST", path, Map.of("Content-Type", "application/json"), body);
    }

    /** A request with a JSON body and extra headers (If-Match, Idempotency-Key). */
    Response json(String method, String path, String body, Map<String, String> headers) throws Exception {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Content-Type", "application/json");
        return send(method, path, all, body);
    }

    /** Creates a claim and returns its representation; fails the test unless it is a 201. */
    Map<String, Object> create(String body) throws Exception {
        Response created = postJson("/claims", body);
        if (created.status() != 201)
            throw new AssertionError("expected 201, got " + created.status() + " " + created.body());
        return created.json();
    }

    /** Moves a claim to IN_REVIEW (a verdict needs it) and returns its new ETag. */
    String review(String claimId) throws Exception {
        Response r =
                json("PATCH", "/claims/" + claimId, "{\"status\":\"IN_REVIEW\"}", Map.of("If-Match", etag(claimId)));
        if (r.status() != 200) throw new AssertionError("review failed: " + r.status() + " " + r.body());
        return r.header("ETag");
    }

    /** The claim's current ETag. */
    String etag(String claimId) throws Exception {
        return get("/claims/" + claimId, Map.of()).header("ETag");
    }
}
