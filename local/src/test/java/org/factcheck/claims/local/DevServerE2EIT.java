package org.factcheck.claims.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The development server over HTTP: API Gateway's event shape and its own answers. */
class DevServerE2EIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static DevServer echo;
    private static DevServer api;
    private static String key;

    @BeforeAll
    static void start() throws Exception {
        TestEnvironment.ensureTable();
        echo = new DevServer(SamTemplate.load(Path.of("src/test/resources/echo-template.yaml")), 0).start();
        api = new DevServer(TestEnvironment.TEMPLATE, 0).start();
        key = TestKeys.key(org.factcheck.claims.keys.Role.FACTCHECKER, "dev-server-it");
    }

    @AfterAll
    static void stop() {
        echo.close();
        api.close();
    }

    /** Responses of the real API (not the echo templates') are checked against openapi.yaml. */
    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.uri().getPort() == api.port()) OpenApiContract.check(response);
        return response;
    }

    private static HttpRequest.Builder path(DevServer server, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        return server == api ? request.header("Authorization", "Bearer " + key) : request;
    }

    @Test
    @SuppressWarnings("unchecked")
    void buildsTheProxyEventApiGatewayWould() throws Exception {
        HttpResponse<String> response =
                send(path(echo, "/things/a%20b?tag=x&tag=y&empty=").header("X-Custom", "1"));
        assertEquals(200, response.statusCode());
        assertEquals(List.of("a", "b"), response.headers().allValues("X-Multi"));
        Map<String, Object> event = HandlerClient.JSON.readValue(response.body(), Map.class);
        assertEquals("/things/{thingId}", event.get("resource"));
        assertEquals("/things/a%20b", event.get("path"));
        assertEquals("GET", event.get("httpMethod"));
        assertEquals(Map.of("thingId", "a b"), event.get("pathParameters"));
        assertEquals(Map.of("tag", "y", "empty", ""), event.get("queryStringParameters"));
        assertEquals(
                Map.of("tag", List.of("x", "y"), "empty", List.of("")), event.get("multiValueQueryStringParameters"));
        assertEquals("1", ((Map<String, String>) event.get("headers")).get("X-Custom"));
        Map<String, Object> context = (Map<String, Object>) event.get("requestContext");
        assertEquals("/things/{thingId}", context.get("resourcePath"));
        assertNotNull(context.get("requestId"));
        assertEquals("127.0.0.1", ((Map<String, Object>) context.get("identity")).get("sourceIp"));
        assertEquals(false, event.get("isBase64Encoded"));
    }

    @Test
    void literalSegmentsWinOverParameters() throws Exception {
        assertEquals(
                200,
                send(path(echo, "/things/special").POST(HttpRequest.BodyPublishers.ofString("{}")))
                        .statusCode());
    }

    @Test
    void unknownRoutesAndMethodsAre403MissingAuthenticationToken() throws Exception {
        for (HttpRequest.Builder request : List.of(
                path(echo, "/nowhere"),
                path(echo, "/things/special"),
                path(echo, "/things/a/b"),
                path(echo, "/things/a").DELETE())) {
            HttpResponse<String> response = send(request);
            assertEquals(403, response.statusCode());
            assertEquals("{\"message\":\"Missing Authentication Token\"}", response.body());
        }
    }

    @Test
    void aHandlerThatThrowsIs502() throws Exception {
        HttpResponse<String> response = send(path(echo, "/boom"));
        assertEquals(502, response.statusCode());
        assertEquals("{\"message\":\"Internal server error\"}", response.body());
    }

    @Test
    void aFailingAuthorizerGetsTheTemplatesAuthorizerFailureResponse() throws Exception {
        try (DevServer guarded = new DevServer(
                        SamTemplate.load(Path.of("src/test/resources/failing-authorizer-template.yaml")), 0)
                .start()) {
            HttpResponse<String> response = send(path(guarded, "/guarded").header("Authorization", "Bearer anything"));
            assertEquals(503, response.statusCode());
            assertEquals("7", response.headers().firstValue("Retry-After").orElseThrow());
            assertEquals("{\"status\":503}", response.body());
        }
    }

    @Test
    void createsAndReadsAClaimOverHttp() throws Exception {
        HttpResponse<String> created = send(path(api, "/claims")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Samples.claim(Samples.uniqueStatement()))));
        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        String etag = created.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> read = send(path(api, location));
        assertEquals(200, read.statusCode());
        assertEquals(created.body(), read.body());
        assertTrue(read.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        HttpResponse<String> notModified = send(path(api, location).header("If-None-Match", etag));
        assertEquals(304, notModified.statusCode());
        assertEquals("", notModified.body());
    }
}
