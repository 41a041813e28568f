package org.factcheck.claims.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;

/**
 * Serves the API events of template.yaml on 127.0.0.1 by building API Gateway proxy
 * events and invoking the handler classes in this process: `sam local start-api`
 * without Docker.
 */
public final class DevServer implements AutoCloseable {
    /** API Gateway's own payload limit for REST APIs. */
    static final int MAX_PAYLOAD = 10 * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Router router;
    private final LocalFunctions functions = new LocalFunctions();
    private final LocalAuthorizer authorizer = new LocalAuthorizer(functions);
    private final Map<String, SamTemplate.GatewayResponse> gatewayResponses;
    private final HttpServer server;
    /** Whether a usage plan is emulated: then a decision without usageIdentifierKey is refused. */
    private final boolean usagePlan;

    /** As `make run` serves: locally keys have no usage plan, so none is demanded. */
    public DevServer(SamTemplate template, int port) throws IOException {
        this(template, port, false);
    }

    /**
     * {@code usagePlan}: emulate the stage's usage plan, as API Gateway enforces it when the
     * template has ApiKeySourceType AUTHORIZER and ApiKeyRequired: a request whose authorizer
     * names no usageIdentifierKey gets the INVALID_API_KEY gateway response (403).
     */
    public DevServer(SamTemplate template, int port, boolean usagePlan) throws IOException {
        this.usagePlan = usagePlan && template.usageKeyFromAuthorizer();
        this.router = new Router(template.routes());
        this.gatewayResponses = template.gatewayResponses();
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 128);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::serve);
    }

    public DevServer start() {
        server.start();
        return this;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void serve(HttpExchange exchange) throws IOException {
        long started = System.nanoTime();
        String requestId = UUID.randomUUID().toString();
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        String functionId = null;
        String resource = null;
        int status;
        try (exchange) {
            byte[] body = readBody(exchange.getRequestBody());
            Router.Match match = router.match(method, path);
            Reply reply;
            if (body == null) {
                reply = Reply.message(413, "Request Too Long");
            } else if (match == null) {
                reply = Reply.message(403, "Missing Authentication Token");
            } else {
                functionId = match.route().functionId();
                resource = match.route().path();
                reply = invoke(exchange, match, body, requestId);
            }
            status = reply.status;
            send(exchange, reply, requestId);
        }
        log(requestId, method, path, resource, functionId, status, (System.nanoTime() - started) / 1_000_000.0);
    }

    private Reply invoke(HttpExchange exchange, Router.Match match, byte[] body, String requestId) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(canonical(name), values));
        ProxyEvents.HttpRequest http = new ProxyEvents.HttpRequest(
                exchange.getRequestMethod(),
                exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(),
                headers,
                body,
                exchange.getRemoteAddress().getAddress().getHostAddress());
        Map<String, Object> authorizerContext = null;
        if (match.route().authorizer() != null) {
            LocalAuthorizer.Decision decision = authorizer.authorize(
                    match.route().authorizer(), http, match.route(), match.pathParameters(), requestId);
            if (decision.gatewayResponse() != null) return gatewayResponse(decision.gatewayResponse());
            if (usagePlan && decision.usageIdentifierKey() == null) return gatewayResponse("INVALID_API_KEY");
            authorizerContext = decision.context();
        }
        try {
            Map<String, Object> event =
                    ProxyEvents.build(http, match.route(), match.pathParameters(), requestId, authorizerContext);
            byte[] out = functions.invoke(
                    match.route().functionId(), match.route().handler(), JSON.writeValueAsBytes(event));
            return Reply.fromProxyResponse(JSON.readValue(out, Map.class));
        } catch (Exception | Error e) {
            // API Gateway answers 502 when the integration fails or returns a malformed response.
            System.err.println("handler " + match.route().handler() + " failed: " + e);
            return Reply.message(502, "Internal server error");
        }
    }

    /** API Gateway's own answers, as customised in template.yaml, else its defaults. */
    private Reply gatewayResponse(String type) {
        SamTemplate.GatewayResponse custom = gatewayResponses.get(type);
        if (custom != null) {
            Map<String, List<String>> headers = new LinkedHashMap<>();
            headers.put("Content-Type", List.of("application/json"));
            custom.headers().forEach((k, v) -> headers.put(k, List.of(v)));
            return new Reply(
                    custom.status(),
                    headers,
                    custom.body() == null ? null : custom.body().getBytes(StandardCharsets.UTF_8));
        }
        return switch (type) {
            case "UNAUTHORIZED" -> Reply.message(401, "Unauthorized");
            case "ACCESS_DENIED" -> Reply.message(403, "User is not authorized to access this resource");
            case "INVALID_API_KEY" -> Reply.message(403, "Forbidden");
            default -> Reply.message(500, null);
        };
    }

    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_PAYLOAD + 1);
        return body.length > MAX_PAYLOAD ? null : body;
    }

    private static void send(HttpExchange exchange, Reply reply, String requestId) throws IOException {
        reply.headers.forEach((name, values) ->
                values.forEach(v -> exchange.getResponseHeaders().add(name, v)));
        exchange.getResponseHeaders().set("x-amzn-RequestId", requestId);
        byte[] bytes = reply.body == null ? new byte[0] : reply.body;
        boolean noBody = bytes.length == 0 || reply.status == 304 || reply.status == 204;
        exchange.sendResponseHeaders(reply.status, noBody ? -1 : bytes.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** HttpServer normalizes header names to "Content-type"; API Gateway passes them as sent. */
    private static String canonical(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean upper = true;
        for (char c : name.toCharArray()) {
            out.append(upper ? Character.toUpperCase(c) : c);
            upper = c == '-';
        }
        return out.toString();
    }

    private static void log(
            String requestId,
            String method,
            String path,
            String resource,
            String function,
            int status,
            double latencyMs) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("type", "request");
        line.put("requestId", requestId);
        line.put("method", method);
        line.put("path", path);
        line.put("route", resource == null ? null : method + " " + resource);
        line.put("function", function);
        line.put("status", status);
        line.put("latencyMs", Math.round(latencyMs * 10) / 10.0);
        try {
            System.out.println(JSON.writeValueAsString(line));
        } catch (IOException e) {
            System.out.println("{\"type\":\"request\",\"status\":" + status + "}");
        }
    }

    /** What goes back to the HTTP client. */
    record Reply(int status, Map<String, List<String>> headers, byte[] body) {
        static Reply message(int status, String message) {
            Map<String, List<String>> headers = new LinkedHashMap<>();
            headers.put("Content-Type", List.of("application/json"));
            String json = message == null ? "{\"message\":null}" : "{\"message\":\"" + message + "\"}";
            return new Reply(status, headers, json.getBytes(StandardCharsets.UTF_8));
        }

        @SuppressWarnings("unchecked")
        static Reply fromProxyResponse(Map<String, Object> response) {
            Object code = response.get("statusCode");
            if (!(code instanceof Number n)) throw new IllegalStateException("response has no statusCode");
            Map<String, List<String>> headers = new LinkedHashMap<>();
            Map<String, Object> single = (Map<String, Object>) response.get("headers");
            if (single != null) single.forEach((k, v) -> headers.put(k, new ArrayList<>(List.of(String.valueOf(v)))));
            Map<String, List<Object>> multi = (Map<String, List<Object>>) response.get("multiValueHeaders");
            if (multi != null)
                multi.forEach(
                        (k, v) -> headers.put(k, v.stream().map(String::valueOf).toList()));
            String body = (String) response.get("body");
            byte[] bytes = body == null
                    ? null
                    : Boolean.TRUE.equals(response.get("isBase64Encoded"))
                            ? java.util.Base64.getDecoder().decode(body)
                            : body.getBytes(StandardCharsets.UTF_8);
            return new Reply(n.intValue(), headers, bytes);
        }
    }
}
