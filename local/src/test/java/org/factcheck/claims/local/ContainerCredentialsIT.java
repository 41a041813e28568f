package org.factcheck.claims.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Both credential sources of store/AwsCredentials, each in a fresh JVM that runs a real
 * handler against the emulator: with AWS_CONTAINER_CREDENTIALS_FULL_URI (as Lambda sets it
 * after a SnapStart restore, and no access-key variables) the credentials come from a
 * container endpoint served here on 127.0.0.1, asked with the authorization token; without
 * it, from the access-key variables. The emulator takes any credentials, so a recorder in
 * front of it shows which access key signed each DynamoDB request and its session token.
 */
class ContainerCredentialsIT {
    private static final String TOKEN = "container-authorization-token-for-the-test";
    private static final String CONTAINER_KEY = "ASIACONTAINERCREDS01";
    private static final String SESSION_TOKEN = "session-token-from-the-container-endpoint";
    private static final String ENVIRONMENT_KEY = "AKIAENVIRONMENTVAR01";

    private final List<String> endpointAuthorizations = new CopyOnWriteArrayList<>();
    private final List<Map<String, String>> signedRequests = new CopyOnWriteArrayList<>();
    private HttpServer credentials;
    private HttpServer recorder;

    @BeforeEach
    void start() throws IOException {
        TestEnvironment.ensureTable();
        credentials = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        credentials.createContext("/2018-06-01/credentials", exchange -> {
            endpointAuthorizations.add(
                    String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            String json = HandlerClient.JSON.writeValueAsString(Map.of(
                    "AccessKeyId",
                    CONTAINER_KEY,
                    "SecretAccessKey",
                    "container-secret",
                    "Token",
                    SESSION_TOKEN,
                    "Expiration",
                    Instant.now().plus(1, ChronoUnit.HOURS).toString()));
            reply(exchange, 200, Map.of("Content-Type", "application/json"), json.getBytes(StandardCharsets.UTF_8));
        });
        credentials.start();

        URI emulator = URI.create(System.getenv("AWS_ENDPOINT_URL_DYNAMODB"));
        HttpClient http = HttpClient.newHttpClient();
        recorder = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        recorder.createContext("/", exchange -> {
            Map<String, String> seen = new HashMap<>();
            seen.put(
                    "authorization", String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            seen.put("token", String.valueOf(exchange.getRequestHeaders().getFirst("X-Amz-Security-Token")));
            signedRequests.add(seen);
            HttpRequest.Builder forward = HttpRequest.newBuilder(emulator.resolve(exchange.getRequestURI()))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(
                            exchange.getRequestBody().readAllBytes()));
            for (String name : List.of("Content-Type", "X-Amz-Target", "Authorization", "X-Amz-Date")) {
                String value = exchange.getRequestHeaders().getFirst(name);
                if (value != null) forward.header(name, value);
            }
            try {
                HttpResponse<byte[]> answer = http.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
                Map<String, String> headers = new HashMap<>();
                answer.headers().map().forEach((name, values) -> {
                    if (!Set.of("content-length", "transfer-encoding", "connection", ":status")
                            .contains(name.toLowerCase())) headers.put(name, values.getFirst());
                });
                reply(exchange, answer.statusCode(), headers, answer.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        });
        recorder.start();
    }

    @AfterEach
    void stop() {
        credentials.stop(0);
        recorder.stop(0);
    }

    @Test
    void afterARestoreTheContainerEndpointSignsTheRequests() throws Exception {
        Map<String, Object> response = invokeInFreshJvm(Map.of(
                "AWS_CONTAINER_CREDENTIALS_FULL_URI",
                "http://127.0.0.1:" + credentials.getAddress().getPort() + "/2018-06-01/credentials",
                "AWS_CONTAINER_AUTHORIZATION_TOKEN",
                TOKEN));

        assertEquals(200, response.get("statusCode"), response.toString());
        assertTrue(!endpointAuthorizations.isEmpty(), "the container endpoint was never asked");
        assertEquals(Set.of(TOKEN), Set.copyOf(endpointAuthorizations), "the endpoint is asked with the token");
        assertTrue(!signedRequests.isEmpty(), "no DynamoDB request reached the emulator");
        for (Map<String, String> request : signedRequests) {
            assertTrue(request.get("authorization").contains("Credential=" + CONTAINER_KEY + "/"), request.toString());
            assertEquals(SESSION_TOKEN, request.get("token"));
        }
    }

    @Test
    void withoutTheEndpointTheAccessKeyVariablesSignTheRequests() throws Exception {
        Map<String, Object> response = invokeInFreshJvm(
                Map.of("AWS_ACCESS_KEY_ID", ENVIRONMENT_KEY, "AWS_SECRET_ACCESS_KEY", "environment-secret"));

        assertEquals(200, response.get("statusCode"), response.toString());
        assertEquals(List.of(), endpointAuthorizations, "the container endpoint was asked without its variable");
        assertTrue(!signedRequests.isEmpty(), "no DynamoDB request reached the emulator");
        for (Map<String, String> request : signedRequests) {
            assertTrue(
                    request.get("authorization").contains("Credential=" + ENVIRONMENT_KEY + "/"), request.toString());
            assertEquals("null", request.get("token"));
        }
    }

    /** GET /claims (events/get-claims.json: a Query) by ListClaimsHandler in a JVM with exactly these credentials. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> invokeInFreshJvm(Map<String, String> credentialVariables) throws Exception {
        ProcessBuilder fork = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                InvokeOnce.class.getName(),
                "org.factcheck.claims.api.ListClaimsHandler",
                TestEnvironment.ROOT.resolve("events/get-claims.json").toString());
        Map<String, String> env = fork.environment();
        for (String name : List.of(
                "AWS_ACCESS_KEY_ID",
                "AWS_SECRET_ACCESS_KEY",
                "AWS_SESSION_TOKEN",
                "AWS_CONTAINER_CREDENTIALS_FULL_URI",
                "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
                "AWS_CONTAINER_AUTHORIZATION_TOKEN",
                "JAVA_TOOL_OPTIONS")) env.remove(name);
        env.putAll(TestEnvironment.TEMPLATE.environment(TestEnvironment.TABLES));
        env.remove("JAVA_TOOL_OPTIONS");
        env.put(
                "AWS_ENDPOINT_URL_DYNAMODB",
                "http://127.0.0.1:" + recorder.getAddress().getPort());
        env.putAll(credentialVariables);
        fork.redirectErrorStream(true);
        Process process = fork.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the forked JVM did not finish");
        String text = new String(output, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), text);
        String last = text.strip().lines().reduce((a, b) -> b).orElse("");
        return HandlerClient.JSON.readValue(last, Map.class);
    }

    private static void reply(HttpExchange exchange, int status, Map<String, String> headers, byte[] body)
            throws IOException {
        headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
