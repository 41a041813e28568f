package org.factcheck.claims.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.factcheck.claims.domain.TextNormalizer;
import org.factcheck.claims.store.ClaimQuery;
import org.factcheck.claims.store.Page;
import org.factcheck.claims.store.dynamodb.DynamoDbClaimStore;
import org.factcheck.claims.store.dynamodb.DynamoDbClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The DynamoDB calls each route makes, recorded by an SDK execution interceptor: never a
 * Scan, and no more calls than the route needs.
 */
class DynamoDbCallsIT {
    private final HandlerClient api = new HandlerClient();

    private List<String> callsOf(String method, String path, String body, Map<String, String> headers)
            throws Exception {
        RecordingInterceptor.reset();
        HandlerClient.Response response =
                body == null ? api.send(method, path, headers, (String) null) : api.json(method, path, body, headers);
        if (response.status() >= 400)
            throw new AssertionError(method + " " + path + " → " + response.status() + " " + response.body());
        return RecordingInterceptor.calls();
    }

    @AfterEach
    void neverScans() {
        assertFalse(RecordingInterceptor.calls().contains("Scan"));
    }

    @Test
    void eachRouteMakesOnlyTheCallsItNeeds() throws Exception {
        String speaker = Samples.uniqueName("Speaker");
        String outlet = Samples.uniqueName("Outlet");
        assertEquals(
                List.of("TransactWriteItems"),
                callsOf("POST", "/claims", Samples.claim(speaker, Samples.uniqueStatement(), outlet), Map.of()));
        assertEquals(
                List.of("GetItem", "TransactWriteItems"),
                callsOf(
                        "POST",
                        "/claims",
                        Samples.claim(Samples.uniqueStatement()),
                        Map.of("Idempotency-Key", UUID.randomUUID().toString())),
                "the key is looked up first");
        String id = (String) api.create(Samples.claim(speaker, Samples.uniqueStatement(), outlet))
                .get("id");

        assertEquals(List.of("GetItem"), callsOf("GET", "/claims/" + id, null, Map.of()));
        assertEquals(List.of("Query"), callsOf("GET", "/claims", null, Map.of()));
        assertEquals(List.of("Query"), callsOf("GET", "/claims?status=UNVERIFIED&rating=FALSE", null, Map.of()));
        assertEquals(
                List.of("Query"), callsOf("GET", "/claims?speaker=" + speaker.replace(" ", "%20"), null, Map.of()));
        assertEquals(List.of("Query"), callsOf("GET", "/claims?since=2020-01-01T00:00:00Z", null, Map.of()));
        assertEquals(
                List.of("Query", "BatchGetItem"),
                callsOf("GET", "/claims?outlet=" + outlet.replace(" ", "%20"), null, Map.of()));
        assertEquals(
                List.of("GetItem", "TransactWriteItems"),
                callsOf("POST", "/claims/" + id + "/appearances", "{\"outlet\":\"CNN\"}", Map.of()));
        assertEquals(
                List.of("GetItem", "TransactWriteItems"),
                callsOf("PATCH", "/claims/" + id, "{\"status\":\"IN_REVIEW\"}", Map.of("If-Match", api.etag(id))));
        assertEquals(
                List.of("GetItem", "TransactWriteItems"),
                callsOf(
                        "POST",
                        "/claims/" + id + "/verdicts",
                        Samples.verdict("FALSE"),
                        Map.of("If-Match", api.etag(id))));
        assertEquals(List.of("Query"), callsOf("GET", "/claims/" + id + "/verdicts", null, Map.of()));
        assertEquals(List.of("GetItem"), callsOf("GET", "/claims/" + id + "/claimreview", null, Map.of()));
        List<String> feed = callsOf("GET", "/changes?limit=100", null, Map.of());
        assertTrue(
                !feed.isEmpty() && feed.size() <= 2 * 9 && feed.stream().allMatch("Query"::equals),
                "a feed page: per day, a day-marker Query and one per shard, at most two days: " + feed);

        String article =
                "{\"url\":\"https://news.example/calls\",\"outlet\":\"CNN\",\"claims\":[{\"statement\":\"%s\",\"speaker\":{\"name\":\"%s\"}}]}";
        assertEquals(
                List.of("BatchGetItem", "TransactWriteItems"),
                callsOf("POST", "/articles", article.formatted(Samples.uniqueStatement(), speaker), Map.of()),
                "new claims: one lookup of duplicate markers, one transaction");
        String statement = (String) api.get("/claims/" + id, Map.of()).json().get("statement");
        assertEquals(
                List.of("BatchGetItem", "BatchGetItem", "TransactWriteItems"),
                callsOf("POST", "/articles", article.formatted(statement, speaker), Map.of()),
                "a known claim: its marker, then the claim, then one transaction");
    }

    @Test
    void aNameKeyOverTheLimitIsNeverSentToDynamoDb() {
        String huge = "\uFDFA".repeat(150); // about 8 KB once NFKC-normalized: no stored claim can have it
        DynamoDbClaimStore store = new DynamoDbClaimStore(DynamoDbClients.shared(), TestEnvironment.TABLE);
        RecordingInterceptor.reset();
        for (ClaimQuery query : List.of(
                new ClaimQuery(null, null, TextNormalizer.normalize(huge), null, null, 20, null),
                new ClaimQuery(null, null, null, TextNormalizer.normalize(huge), null, 20, null))) {
            assertEquals(new Page<>(List.of(), null), store.list(query));
        }
        assertEquals(List.of(), RecordingInterceptor.calls());
    }
}
