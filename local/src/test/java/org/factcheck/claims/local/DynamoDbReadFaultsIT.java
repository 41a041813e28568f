package org.factcheck.claims.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.factcheck.claims.store.dynamodb.DynamoDbClients;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every read route against throttling, DynamoDB 500s, timeouts and (where BatchGetItem
 * answers) unprocessed keys: the same page as without the fault, or a 503 with
 * Retry-After, well inside the 10 s function timeout; never a page with claims missing.
 */
class DynamoDbReadFaultsIT {
    private static final HandlerClient API = new HandlerClient();
    private static String claimId;
    private static String outlet;

    @RegisterExtension
    private final FaultProxy proxy = new FaultProxy();

    /** A read, the DynamoDB call it makes, and text that picks that call out (null: any). */
    enum Read {
        LIST_CLAIMS("Query"),
        LIST_BY_OUTLET("Query"),
        LIST_BY_OUTLET_BATCH("BatchGetItem"),
        GET_CLAIM("GetItem"),
        LIST_VERDICTS("Query"),
        CLAIMREVIEW("GetItem");

        final String operation;

        Read(String operation) {
            this.operation = operation;
        }

        String path() {
            return switch (this) {
                case LIST_CLAIMS -> "/claims?limit=5";
                case LIST_BY_OUTLET, LIST_BY_OUTLET_BATCH ->
                    "/claims?outlet=" + URLEncoder.encode(outlet, StandardCharsets.UTF_8);
                case GET_CLAIM -> "/claims/" + claimId;
                case LIST_VERDICTS -> "/claims/" + claimId + "/verdicts";
                case CLAIMREVIEW -> "/claims/" + claimId + "/claimreview";
            };
        }

        String match() {
            return this == LIST_CLAIMS || this == LIST_BY_OUTLET ? null : claimId;
        }
    }

    @BeforeAll
    static void aClaimWithAVerdict() throws Exception {
        outlet = Samples.uniqueName("Outlet");
        claimId = (String) API.create(Samples.claim("Read Faults", Samples.uniqueStatement(), outlet))
                .get("id");
        API.create(Samples.claim("Read Faults", Samples.uniqueStatement(), outlet)); // a page of two for BatchGetItem
        String etag = API.review(claimId);
        HandlerClient.Response verdict = API.json(
                "POST", "/claims/" + claimId + "/verdicts", Samples.verdict("FALSE"), Map.of("If-Match", etag));
        assertEquals(201, verdict.status(), verdict.body());
    }

    private static HandlerClient.Response read(Read r) throws Exception {
        return API.get(r.path(), Map.of());
    }

    static Stream<Arguments> readsAndLastingFaults() {
        return FaultProxy.withRetriedFaults(Read.values());
    }

    @ParameterizedTest
    @EnumSource(Read.class)
    void throttledOnceIsTheSamePage(Read r) throws Exception {
        HandlerClient.Response expected = read(r);
        assertEquals(200, expected.status(), expected.body());
        proxy.arm(r.operation, "throughput", 1, r.match());
        HandlerClient.Response got = read(r);
        assertEquals(200, got.status(), got.body());
        assertEquals(expected.body(), got.body());
        assertEquals(1, proxy.fired());
    }

    @ParameterizedTest
    @MethodSource("readsAndLastingFaults")
    void lastingThrottlingOrServerErrorsAre503(Read r, String fault) throws Exception {
        proxy.arm(r.operation, fault, DynamoDbClients.ATTEMPTS, r.match());
        long started = System.nanoTime();
        DynamoDbWriteFaultsIT.assertUnavailable(read(r));
        assertTrue(System.nanoTime() - started < 4_000_000_000L, "retries fit well inside the 10 s function timeout");
        assertEquals(DynamoDbClients.ATTEMPTS, proxy.fired());
    }

    /** Answers slower than the socket timeout: the SDK retries once, then the call's timeout ends it. */
    @ParameterizedTest
    @EnumSource(Read.class)
    void aTimeoutIs503WellInsideTheFunctionTimeout(Read r) throws Exception {
        proxy.arm(r.operation, "delay", DynamoDbClients.ATTEMPTS, r.match(), Map.of("seconds", 7));
        long started = System.nanoTime();
        DynamoDbWriteFaultsIT.assertUnavailable(read(r));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis < DynamoDbClients.CALL_TIMEOUT.toMillis() + 1500, "took " + millis + " ms");
        assertTrue(proxy.fired() >= 1);
    }

    @Test
    void someKeysUnprocessedOnceStillServesTheWholePage() throws Exception {
        HandlerClient.Response expected = read(Read.LIST_BY_OUTLET_BATCH);
        assertEquals(2, ((java.util.List<?>) expected.json().get("items")).size(), expected.body());
        proxy.arm("BatchGetItem", "unprocessed", 1, claimId, Map.of("keys", "some"));
        HandlerClient.Response got = read(Read.LIST_BY_OUTLET_BATCH);
        assertEquals(200, got.status(), got.body());
        assertEquals(expected.body(), got.body());
        assertEquals(1, proxy.fired());
    }

    @Test
    void keysLeftUnprocessedAre503NotAShorterPage() throws Exception {
        proxy.arm("BatchGetItem", "unprocessed", 10, claimId, Map.of("keys", "all"));
        DynamoDbWriteFaultsIT.assertUnavailable(read(Read.LIST_BY_OUTLET_BATCH));
        assertEquals(5, proxy.fired(), "five rounds with backoff, then the store gives up");
    }
}
