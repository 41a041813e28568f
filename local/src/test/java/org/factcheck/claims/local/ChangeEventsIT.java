package org.factcheck.claims.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.factcheck.claims.store.contract.Claims;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Every change writes exactly one event, in the same transaction, through the real
 * handlers: read back from the table itself, not through the feed. A refused or failed
 * request writes none (a transaction that fails on its event: DynamoDbTransactionConflictsIT).
 */
class ChangeEventsIT {
    private final HandlerClient api = new HandlerClient();

    /** The event items of a claim, in id order (Scan: tests only). */
    static List<Map<String, AttributeValue>> eventsOf(String claimId) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        FaultProxy.SCANNER
                .scanPaginator(r -> r.tableName(TestEnvironment.TABLE)
                        .consistentRead(true)
                        .filterExpression("begins_with(pk, :event) AND claimId = :claim")
                        .expressionAttributeValues(Map.of(
                                ":event", AttributeValue.fromS("EVENT#"), ":claim", AttributeValue.fromS(claimId))))
                .items()
                .forEach(items::add);
        items.sort(Comparator.comparing(i -> i.get("sk").s()));
        return items;
    }

    private static List<String> typesOf(String claimId) {
        return eventsOf(claimId).stream().map(i -> i.get("type").s()).toList();
    }

    /** The last event's data.claim equals what GET /claims/{id} shows now. */
    private void assertDataIsTheClaimAsShown(String claimId) throws Exception {
        List<Map<String, AttributeValue>> events = eventsOf(claimId);
        Map<String, AttributeValue> last = events.getLast();
        @SuppressWarnings("unchecked")
        Map<String, Object> body = HandlerClient.JSON.readValue(last.get("body").s(), Map.class);
        assertEquals(last.get("type").s(), body.get("type"));
        assertEquals(last.get("timestamp").s(), body.get("timestamp"));
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) body.get("data");
        assertEquals(api.get("/claims/" + claimId, Map.of()).json(), data.get("claim"));
    }

    @Test
    void eachChangeWritesOneEventOfItsType() throws Exception {
        String id =
                (String) api.create(Samples.claim(Samples.uniqueStatement())).get("id");
        assertEquals(List.of("claim.created"), typesOf(id));
        assertDataIsTheClaimAsShown(id);

        api.review(id);
        Map<String, AttributeValue> updated = eventsOf(id).getLast();
        assertEquals("claim.updated", updated.get("type").s());
        assertEquals("UNVERIFIED", updated.get("previousStatus").s());
        assertEquals("IN_REVIEW", updated.get("status").s());
        assertEquals("Joe Biden", updated.get("speaker").s());
        assertEquals(
                List.of("NBC News"),
                updated.get("outlets").l().stream().map(AttributeValue::s).toList());
        assertNull(updated.get("rating"));
        assertDataIsTheClaimAsShown(id);

        assertEquals(
                201,
                api.postJson("/claims/" + id + "/appearances", "{\"outlet\":\"CNN\"}")
                        .status());
        assertEquals(
                List.of("nbc news", "cnn"),
                eventsOf(id).getLast().get("outletsNormalized").ss().stream()
                        .sorted(Comparator.reverseOrder())
                        .toList());
        assertDataIsTheClaimAsShown(id);

        for (String rating : List.of("FALSE", "MOSTLY_FALSE")) {
            assertEquals(
                    201,
                    api.json(
                                    "POST",
                                    "/claims/" + id + "/verdicts",
                                    Samples.verdict(rating),
                                    Map.of("If-Match", api.etag(id)))
                            .status());
            assertEquals(rating, eventsOf(id).getLast().get("rating").s());
            assertDataIsTheClaimAsShown(id);
        }
        assertEquals(
                200,
                api.json(
                                "PATCH",
                                "/claims/" + id,
                                "{\"status\":\"RETRACTED\",\"reason\":\"Misattributed.\"}",
                                Map.of("If-Match", api.etag(id)))
                        .status());
        assertEquals("RATED", eventsOf(id).getLast().get("previousStatus").s());
        assertDataIsTheClaimAsShown(id);
        assertEquals(Claims.WHOLE_LIFE, typesOf(id));
        for (Map<String, AttributeValue> e : eventsOf(id)) {
            assertEquals(e.get("sk").s(), e.get("id").s());
            assertEquals(
                    java.time.Instant.parse(e.get("timestamp").s()).getEpochSecond() + 31 * 86400,
                    Long.parseLong(e.get("expiresAt").n()),
                    "kept 31 days through the table's TTL");
        }
    }

    @Test
    void anArticleImportWritesOneEventPerClaimItChanges() throws Exception {
        Samples.LinkingArticle linking =
                Samples.linkingArticle(api, "https://news.example/" + UUID.randomUUID(), "CNN", known -> known);
        String existing = linking.existingId();
        String article = linking.body();
        HandlerClient.Response imported = api.postJson("/articles", article);
        assertEquals(201, imported.status(), imported.body());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> claims =
                (List<Map<String, Object>>) imported.json().get("claims");
        String created = (String) claims.get(1).get("id");
        assertEquals(List.of("claim.created", "appearance.added"), typesOf(existing));
        assertEquals(List.of("claim.created"), typesOf(created));
        assertDataIsTheClaimAsShown(existing);
        assertDataIsTheClaimAsShown(created);
        // The same article again changes nothing, and writes no event.
        assertEquals(200, api.postJson("/articles", article).status());
        assertEquals(2, typesOf(existing).size());
    }

    @Test
    void aRefusedRequestWritesNoEvent() throws Exception {
        String statement = Samples.uniqueStatement();
        String id = (String) api.create(Samples.claim(statement)).get("id");
        String stale = api.etag(id);
        api.review(id);
        var before = FaultProxy.dump();
        assertEquals(409, api.postJson("/claims", Samples.claim(statement)).status(), "duplicate");
        assertEquals(
                412,
                api.json("PATCH", "/claims/" + id, "{\"context\":\"x\"}", Map.of("If-Match", stale))
                        .status());
        assertEquals(
                409,
                api.json("PATCH", "/claims/" + id, "{\"status\":\"RATED\"}", Map.of("If-Match", api.etag(id)))
                        .status(),
                "not a transition");
        assertEquals(400, api.postJson("/claims/" + id + "/appearances", "{}").status());
        assertEquals(before, FaultProxy.dump());
    }
}
