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

    private final Router router;
    private final LocalFunctions functions = new LocalFunctions();

    HandlerClient() {
        TestEnvironment.ensureTable();
        this.router = new Router(TestEnvironment.TEMPLATE.routes());
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
        Map<String, Object> event = ProxyEvents.build(
                new ProxyEvents.HttpRequest(method, path, query, h, body, "127.0.0.1"),
                match.route(), match.pathParameters(), UUID.randomUUID().toString(), null);
        return invoke(match.route(), JSON.writeValueAsBytes(event));
    }

    /** Invokes the function of {@code route} with a ready-made event, as `sam local invoke -e` would. */
    @SuppressWarnings("unchecked")
    Response invoke(SamTemplate.Route route, byte[] event) throws Exception {
        byte[] out = functions.invoke(route.functionId(), route.handler(), event);
        Map<String, Object> response = JSON.readValue(out, Map.class);
        Map<String, String> responseHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, Object> raw = (Map<String, Object>) response.get("headers");
        if (raw != null) raw.forEach((k, v) -> responseHeaders.put(k, String.valueOf(v)));
        return new Response(((Number) response.get("statusCode")).intValue(), responseHeaders, (String) response.get("body"));
    }

    Response get(String path, Map<String, String> headers) throws Exception {
        return send("GET", path, headers, (String) null);
    }

    Response postJson(String path, String body) throws Exception {
        return send("POST", path, Map.of("Content-Type", "application/json"), body);
    }

    Router router() {
        return router;
    }
}
