package org.factcheck.claims.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.factcheck.claims.store.dynamodb.DynamoDbClients;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Every write route against DynamoDB's failures, injected by scripts/dynamodb_faults.py
 * on the route's TransactWriteItems: a transaction conflict, throttling, a 500, a lost
 * response. Each ends in the route's answer or a 503 with Retry-After, never a 5xx
 * else; the table holds the whole change or nothing; retries converge.
 */
class DynamoDbWriteFaultsIT {
    /** Attempts of one transaction against conflicts (the store's Contention.ATTEMPTS). */
    static final int CONFLICT_ATTEMPTS = 3;

    private final HandlerClient api = new HandlerClient();

    @RegisterExtension
    private final FaultProxy proxy = new FaultProxy();

    enum Route {
        CREATE_CLAIM,
        IMPORT_ARTICLE,
        PATCH_CLAIM,
        ADD_APPEARANCE,
        PUBLISH_VERDICT
    }

    /** A write ready to send, the text that picks out its transaction, and what success changes. */
    record Write(
            String method,
            String path,
            String body,
            Map<String, String> headers,
            String match,
            int status,
            Set<String> kinds) {}

    private static final Set<String> NEW_CLAIM =
            Set.of("CLAIM | APPEARANCE", "CLAIM | CLAIM", "DEDUP | DEDUP", "EVENT | <id>", "IDEMPOTENCY | IDEMPOTENCY");

    /** The write, with the proxy's log cleared of the setup's own writes. */
    private Write prepare(Route route) throws Exception {
        Write w = setUp(route);
        proxy.reset();
        return w;
    }

    private Write setUp(Route route) throws Exception {
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        if (route == Route.CREATE_CLAIM) {
            String statement = Samples.uniqueStatement();
            return new Write("POST", "/claims", Samples.claim(statement), key, statement, 201, NEW_CLAIM);
        }
        if (route == Route.IMPORT_ARTICLE) {
            String statement = Samples.uniqueStatement();
            String article =
                    "{\"url\":\"https://news.example/%s\",\"outlet\":\"CNN\",\"claims\":[{\"statement\":\"%s\",\"speaker\":{\"name\":\"X\"}}]}"
                            .formatted(UUID.randomUUID(), statement);
            return new Write("POST", "/articles", article, key, statement, 201, NEW_CLAIM);
        }
        String id =
                (String) api.create(Samples.claim(Samples.uniqueStatement())).get("id");
        return switch (route) {
            case PATCH_CLAIM ->
                new Write(
                        "PATCH",
                        "/claims/" + id,
                        "{\"status\":\"IN_REVIEW\"}",
                        Map.of("If-Match", api.etag(id)),
                        id,
                        200,
                        Set.of("CLAIM | CLAIM", "EVENT | <id>"));
            case ADD_APPEARANCE ->
                new Write(
                        "POST",
                        "/claims/" + id + "/appearances",
                        "{\"outlet\":\"" + Samples.uniqueName("Outlet") + "\"}",
                        key,
                        id,
                        201,
                        Set.of("CLAIM | APPEARANCE", "CLAIM | CLAIM", "EVENT | <id>", "IDEMPOTENCY | IDEMPOTENCY"));
            default -> {
                Map<String, String> headers = new LinkedHashMap<>(key);
                headers.put("If-Match", api.review(id));
                yield new Write(
                        "POST",
                        "/claims/" + id + "/verdicts",
                        Samples.verdict("FALSE"),
                        headers,
                        id,
                        201,
                        Set.of("CLAIM | CLAIM", "CLAIM | VERDICT", "EVENT | <id>", "IDEMPOTENCY | IDEMPOTENCY"));
            }
        };
    }

    private HandlerClient.Response send(Write w) throws Exception {
        return api.json(w.method(), w.path(), w.body(), w.headers());
    }

    static void assertUnavailable(HandlerClient.Response r) {
        assertEquals(503, r.status(), r.body());
        assertNotNull(r.header("Retry-After"), "a 503 says when to retry");
        assertEquals("application/problem+json", r.header("Content-Type"));
    }

    static Stream<Arguments> routesAndErrors() {
        return FaultProxy.withRetriedFaults(Route.values());
    }

    /** Arms the proxy to fault this write's transaction {@code times} times; returns the table as it was. */
    private Map<String, Map<String, AttributeValue>> armed(Write w, String fault, int times) throws Exception {
        var before = FaultProxy.dump();
        proxy.arm("TransactWriteItems", fault, times, w.match());
        return before;
    }

    /** The route's write, faulted once, answers as without the fault and changes just the items it changes. */
    private void assertAppliedDespiteOneFault(Route route, String fault) throws Exception {
        Write w = prepare(route);
        var before = armed(w, fault, 1);
        assertEquals(w.status(), send(w).status());
        assertEquals(1, proxy.fired());
        assertEquals(w.kinds(), FaultProxy.changedKinds(before, FaultProxy.dump()));
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void aConflictIsRetriedWithANewTokenAndTheWholeChangeLands(Route route) throws Exception {
        assertAppliedDespiteOneFault(route, "conflict");
        List<Map<String, Object>> attempts = proxy.transactions();
        assertEquals(
                List.of("conflict", "applied"),
                attempts.stream().map(a -> a.get("outcome")).toList());
        assertNotEquals(
                attempts.get(0).get("token"), attempts.get(1).get("token"), "the store's retry is a new request");
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void aLastingConflictIs503AndWritesNothing(Route route) throws Exception {
        Write w = prepare(route);
        var before = armed(w, "conflict", CONFLICT_ATTEMPTS);
        assertUnavailable(send(w));
        assertEquals(CONFLICT_ATTEMPTS, proxy.fired());
        assertEquals(before, FaultProxy.dump());
    }

    /** The SDK retries these itself, with the same ClientRequestToken and body (recorded by the proxy). */
    @ParameterizedTest
    @MethodSource("routesAndErrors")
    void onceIsAbsorbedByTheSdkRetryWithTheSameToken(Route route, String fault) throws Exception {
        assertAppliedDespiteOneFault(route, fault);
        List<Map<String, Object>> attempts = proxy.transactions();
        assertEquals(
                List.of(fault, "applied"),
                attempts.stream().map(a -> a.get("outcome")).toList());
        assertNotNull(attempts.get(0).get("token"), "the SDK fills ClientRequestToken (idempotencyToken trait)");
        assertEquals(attempts.get(0).get("token"), attempts.get(1).get("token"));
        assertEquals(attempts.get(0).get("digest"), attempts.get(1).get("digest"), "the same bytes are sent again");
    }

    @ParameterizedTest
    @MethodSource("routesAndErrors")
    void lastingThrottlingOrServerErrorsAre503AndWriteNothing(Route route, String fault) throws Exception {
        Write w = prepare(route);
        var before = armed(w, fault, DynamoDbClients.ATTEMPTS);
        long started = System.nanoTime();
        assertUnavailable(send(w));
        assertTrue(System.nanoTime() - started < 4_000_000_000L, "retries fit well inside the 10 s function timeout");
        assertEquals(DynamoDbClients.ATTEMPTS, proxy.fired());
        assertEquals(before, FaultProxy.dump());
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void aLostResponseIsAnsweredByTheSdkRetryAndAppliedOnce(Route route) throws Exception {
        assertAppliedDespiteOneFault(route, "lost");
        assertEquals(
                List.of("applied", "replayed"),
                proxy.transactions().stream().map(a -> a.get("outcome")).toList(),
                "the SDK's retry carried the token, and DynamoDB answered it without applying it again");
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void everyResponseLostIs503ThenTheClientsRetryConverges(Route route) throws Exception {
        Write w = prepare(route);
        var before = armed(w, "lost", DynamoDbClients.ATTEMPTS);
        assertUnavailable(send(w));
        assertEquals(DynamoDbClients.ATTEMPTS, proxy.fired());
        var applied = FaultProxy.dump();
        assertEquals(w.kinds(), FaultProxy.changedKinds(before, applied), "applied once, wholly, though unanswered");
        proxy.reset();
        HandlerClient.Response retry = send(w);
        if (route == Route.PATCH_CLAIM) {
            assertEquals(
                    412, retry.status(), "no Idempotency-Key on PATCH: the If-Match is stale now; read and decide");
        } else {
            assertEquals(w.status(), retry.status(), retry.body());
            assertEquals("true", retry.header("Idempotent-Replayed"));
            if (retry.header("ETag") != null) {
                String claim = route == Route.CREATE_CLAIM ? retry.header("Location") : "/claims/" + w.match();
                assertEquals(
                        api.etag(claim.substring(claim.indexOf("/claims/") + "/claims/".length())),
                        retry.header("ETag"),
                        "the first answer, describing the claim as the lost write left it");
            }
        }
        assertEquals(applied, FaultProxy.dump(), "the retry changed nothing");
    }
}
