package org.factcheck.claims.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factcheck.claims.auth.ApiKeys;
import org.factcheck.claims.keys.Role;
import org.junit.jupiter.api.Test;

/**
 * Captures every line the server and the functions print (request lines, authorizer
 * decisions, metrics, faults) while keys are created, used (well and badly) and revoked,
 * and checks that no key, secret or secret hash is among them, nor a webhook signing secret.
 */
class LogSecrecyE2EIT {

    @Test
    void logsNeverHoldAKeyOrItsHash() throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream tee = new PrintStream(captured, true, StandardCharsets.UTF_8);
        List<String> secrets = new ArrayList<>();
        String admin = TestKeys.key(Role.ADMIN, "log-admin");
        secrets.add(admin);
        System.setOut(tee);
        System.setErr(tee);
        try (DevServer server = new DevServer(TestEnvironment.TEMPLATE, 0).start()) {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + server.port();
            HttpResponse<String> created = send(
                    http,
                    HttpRequest.newBuilder(URI.create(base + "/keys"))
                            .header("Authorization", "Bearer " + admin)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"owner\":\"log-reader\",\"role\":\"reader\"}"))
                            .build());
            assertEquals(201, created.statusCode());
            String reader = (String)
                    HandlerClient.JSON.readValue(created.body(), Map.class).get("key");
            secrets.add(reader);
            for (String key : List.of(
                    reader, reader + "x", "fck_01ARZ3NDEKTSV4RRFFQ69G5FAV_" + reader.substring(reader.length() - 43))) {
                send(
                        http,
                        HttpRequest.newBuilder(URI.create(base + "/claims?limit=1"))
                                .header("Authorization", "Bearer " + key)
                                .build());
            }
            String keyId = ApiKeys.fromAuthorization("Bearer " + reader).keyId();
            assertEquals(
                    204,
                    send(
                                    http,
                                    HttpRequest.newBuilder(URI.create(base + "/keys/" + keyId))
                                            .DELETE()
                                            .header("Authorization", "Bearer " + admin)
                                            .build())
                            .statusCode());
            // Webhook signing secrets: made, rotated, and a create that fails in DynamoDB.
            HttpRequest subscribe = HttpRequest.newBuilder(URI.create(base + "/subscriptions"))
                    .header("Authorization", "Bearer " + admin)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"url\":\"https://93.184.215.14/hook\",\"events\":[\"claim.created\"]}"))
                    .build();
            HttpResponse<String> subscribed = send(http, subscribe);
            assertEquals(201, subscribed.statusCode(), subscribed.body());
            String subscriptionId = (String)
                    HandlerClient.JSON.readValue(subscribed.body(), Map.class).get("id");
            HttpResponse<String> rotated = send(
                    http,
                    HttpRequest.newBuilder(URI.create(base + "/subscriptions/" + subscriptionId + "/secret"))
                            .header("Authorization", "Bearer " + admin)
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build());
            assertEquals(200, rotated.statusCode(), rotated.body());
            RecordingInterceptor.failNext("TransactWriteItems");
            assertEquals(503, send(http, subscribe).statusCode());
            // A fault, so that the error path logs too.
            RecordingInterceptor.failNext("GetItem");
            send(
                    http,
                    HttpRequest.newBuilder(URI.create(base + "/claims/01ARZ3NDEKTSV4RRFFQ69G5FAV"))
                            .header("Authorization", "Bearer " + admin)
                            .build());
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("\"type\":\"request\""), "the request log was captured: " + log);
        assertTrue(log.contains("\"level\":\"ERROR\""), "the error log was captured");
        assertTrue(log.contains("\\\"type\\\":\\\"request\\\""), "the functions' request lines were captured");
        assertTrue(
                log.contains("\\\"decision\\\":\\\"deny\\\"") && log.contains("\"AuthorizerDenials\":1"),
                "the authorizer's denials were captured");
        for (String key : secrets) {
            String secret = key.substring(key.length() - 43);
            assertFalse(log.contains(secret), "a key's secret was logged");
            assertFalse(log.contains(ApiKeys.hash(secret)), "a key's hash was logged");
        }
        assertFalse(log.contains("Bearer"), "an Authorization header was logged");
        assertFalse(log.contains("whsec_"), "a webhook signing secret was logged");
    }

    /** Every response goes through the contract check too. */
    private static HttpResponse<String> send(HttpClient http, HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        OpenApiContract.check(response);
        return response;
    }
}
