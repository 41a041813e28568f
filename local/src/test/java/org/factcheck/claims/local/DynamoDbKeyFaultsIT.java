package org.factcheck.claims.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.factcheck.claims.keys.Role;
import org.factcheck.claims.store.dynamodb.DynamoDbClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The key routes and the authorizer against DynamoDB's failures (scripts/dynamodb_faults.py):
 * once, the SDK's retry absorbs them; lasting, a 503 with Retry-After and nothing half-done;
 * a lost write response converges. The authorizer's failure reaches the client as the
 * template's AUTHORIZER_FAILURE (503), through the development server, never a 500.
 */
class DynamoDbKeyFaultsIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static DevServer server;
    private final HandlerClient api = new HandlerClient();

    @RegisterExtension
    private final FaultProxy proxy = new FaultProxy();

    @BeforeAll
    static void start() throws Exception {
        TestEnvironment.ensureTable();
        server = new DevServer(TestEnvironment.TEMPLATE, 0).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private HandlerClient.Response createKey(String owner) throws Exception {
        return api.postJson("/keys", "{\"owner\":\"" + owner + "\",\"role\":\"reader\"}");
    }

    private static boolean stored(String owner) {
        return TestKeys.store().list(100, null).items().stream()
                .anyMatch(k -> k.owner().equals(owner));
    }

    @ParameterizedTest
    @ValueSource(strings = {"throughput", "throttling", "internal"})
    void createKeyOnceIsAbsorbedLastingIs503AndStoresNothing(String fault) throws Exception {
        String owner = Samples.uniqueName("fault-owner");
        proxy.arm("PutItem", fault, 1, owner);
        assertEquals(201, createKey(owner).status());
        assertEquals(1, proxy.fired());

        String other = Samples.uniqueName("fault-owner");
        proxy.arm("PutItem", fault, DynamoDbClients.ATTEMPTS, other);
        DynamoDbWriteFaultsIT.assertUnavailable(createKey(other));
        assertFalse(stored(other), "no key was stored");
    }

    /** The SDK's retry of a PutItem whose answer was lost meets its own item: that is success, the key shown once. */
    @org.junit.jupiter.api.Test
    void createKeyWithItsResponseLostIsAnsweredByTheRetry() throws Exception {
        String owner = Samples.uniqueName("lost-owner");
        proxy.arm("PutItem", "lost", 1, owner);
        HandlerClient.Response created = createKey(owner);
        assertEquals(201, created.status(), created.body());
        assertEquals(1, proxy.fired());
        String key = (String) created.json().get("key");
        proxy.reset();
        assertEquals(
                200, send(HttpRequest.newBuilder(uri("/claims?limit=1")), key).statusCode(), "the key shown works");
    }

    @ParameterizedTest
    @ValueSource(strings = {"throughput", "throttling", "internal"})
    void listKeysOnceIsAbsorbedLastingIs503(String fault) throws Exception {
        proxy.arm("Query", fault, 1, "feed");
        assertEquals(200, api.get("/keys", Map.of()).status());
        assertEquals(1, proxy.fired());
        proxy.reset();
        proxy.arm("Query", fault, DynamoDbClients.ATTEMPTS, "feed");
        DynamoDbWriteFaultsIT.assertUnavailable(api.get("/keys", Map.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"throughput", "throttling", "internal", "lost"})
    void revokeKeyOnceIsAbsorbedLastingIs503ThenTheRetryConverges(String fault) throws Exception {
        String once = TestKeys.keyId(TestKeys.key(Role.READER, "revoke-once"));
        proxy.arm("UpdateItem", fault, 1, once);
        assertEquals(
                204,
                api.send("DELETE", "/keys/" + once, Map.of(), (String) null).status());
        assertEquals(1, proxy.fired());
        assertTrue(TestKeys.store().find(once).orElseThrow().revoked());

        String lasting = TestKeys.keyId(TestKeys.key(Role.READER, "revoke-lasting"));
        proxy.reset();
        proxy.arm("UpdateItem", fault, DynamoDbClients.ATTEMPTS, lasting);
        DynamoDbWriteFaultsIT.assertUnavailable(api.send("DELETE", "/keys/" + lasting, Map.of(), (String) null));
        assertEquals(
                fault.equals("lost"),
                TestKeys.store().find(lasting).orElseThrow().revoked(),
                "applied only where DynamoDB applied it and the answer was lost");
        proxy.reset();
        assertEquals(
                204,
                api.send("DELETE", "/keys/" + lasting, Map.of(), (String) null).status(),
                "the client's retry");
        assertTrue(TestKeys.store().find(lasting).orElseThrow().revoked());
    }

    @ParameterizedTest
    @ValueSource(strings = {"throughput", "throttling", "internal"})
    void theAuthorizerOnceIsAbsorbedLastingIsAuthorizerFailure503(String fault) throws Exception {
        String key = TestKeys.key(Role.READER, "authorizer-fault");
        proxy.arm("GetItem", fault, 1, TestKeys.keyId(key));
        assertEquals(
                200, send(HttpRequest.newBuilder(uri("/claims?limit=1")), key).statusCode());
        assertEquals(1, proxy.fired());

        String other = TestKeys.key(Role.READER, "authorizer-fault");
        proxy.reset();
        proxy.arm("GetItem", fault, DynamoDbClients.ATTEMPTS, TestKeys.keyId(other));
        HttpResponse<String> failed = send(HttpRequest.newBuilder(uri("/claims?limit=1")), other);
        assertEquals(503, failed.statusCode(), failed.body());
        assertEquals("1", failed.headers().firstValue("Retry-After").orElse(null));
        assertTrue(
                failed.body().contains("could not be checked"), "the template's AUTHORIZER_FAILURE: " + failed.body());
        proxy.reset();
        assertEquals(
                200,
                send(HttpRequest.newBuilder(uri("/claims?limit=1")), other).statusCode(),
                "a failure is not cached: the next request is authorized");
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String key) throws Exception {
        HttpResponse<String> response = HTTP.send(
                request.header("Authorization", "Bearer " + key).build(), HttpResponse.BodyHandlers.ofString());
        OpenApiContract.check(response);
        return response;
    }
}
