package org.factcheck.claims.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.factcheck.claims.hashing.Sha256;
import org.factcheck.claims.store.dynamodb.DynamoDbClients;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Idempotency-Key on POST routes. */
class IdempotencyIT {
    private final HandlerClient api = new HandlerClient();

    @Test
    void aRetryReturnsTheFirstResponseWithoutDoingTheWorkAgain() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = Samples.claim(Samples.uniqueStatement());
        HandlerClient.Response first = api.json("POST", "/claims", body, Map.of("Idempotency-Key", key));
        assertEquals(201, first.status());
        assertNull(first.header("Idempotent-Replayed"));
        HandlerClient.Response retry = api.json("POST", "/claims", body, Map.of("Idempotency-Key", key));
        assertEquals(201, retry.status(), "not 409: the retry is answered, not executed");
        assertEquals(first.body(), retry.body());
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals("true", retry.header("Idempotent-Replayed"));
    }

    @Test
    void theSameKeyWithAnotherBodyIs422() throws Exception {
        String key = UUID.randomUUID().toString();
        api.json("POST", "/claims", Samples.claim(Samples.uniqueStatement()), Map.of("Idempotency-Key", key));
        HandlerClient.Response reused =
                api.json("POST", "/claims", Samples.claim(Samples.uniqueStatement()), Map.of("Idempotency-Key", key));
        assertEquals(422, reused.status(), reused.body());
    }

    @Test
    void coversVerdictsAppearancesAndArticles() throws Exception {
        String id =
                (String) api.create(Samples.claim(Samples.uniqueStatement())).get("id");
        Map<String, String> verdictHeaders =
                Map.of("Idempotency-Key", UUID.randomUUID().toString(), "If-Match", api.review(id));
        HandlerClient.Response verdict =
                api.json("POST", "/claims/" + id + "/verdicts", Samples.verdict("FALSE"), verdictHeaders);
        assertEquals(201, verdict.status());
        HandlerClient.Response replayed =
                api.json("POST", "/claims/" + id + "/verdicts", Samples.verdict("FALSE"), verdictHeaders);
        assertEquals(201, replayed.status(), "not 412: the If-Match is stale now, but this is a retry");
        assertEquals(verdict.body(), replayed.body());

        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        String report = "{\"outlet\":\"" + Samples.uniqueName("Outlet") + "\"}";
        assertEquals(
                201,
                api.json("POST", "/claims/" + id + "/appearances", report, key).status());
        assertEquals(
                201,
                api.json("POST", "/claims/" + id + "/appearances", report, key).status());

        String article =
                "{\"url\":\"https://news.example/idem\",\"outlet\":\"CNN\",\"claims\":[{\"statement\":\"%s\",\"speaker\":{\"name\":\"X\"}}]}"
                        .formatted(Samples.uniqueStatement());
        HandlerClient.Response imported = api.json("POST", "/articles", article, key(UUID.randomUUID()));
        assertEquals(201, imported.status());
    }

    @Test
    void refusesMalformedKeys() throws Exception {
        for (String malformed : List.of("x".repeat(256), "has space")) {
            assertEquals(
                    400,
                    api.json(
                                    "POST",
                                    "/claims",
                                    Samples.claim(Samples.uniqueStatement()),
                                    Map.of("Idempotency-Key", malformed))
                            .status(),
                    malformed);
        }
    }

    /**
     * DynamoDB's TTL deletes expired items lazily (up to days late): a record past its
     * expiresAt is still in the table, and must neither be replayed nor block its key.
     */
    @Test
    void aRecordPastItsExpiryIsNotReplayedBeforeTtlDeletesIt() throws Exception {
        String key = UUID.randomUUID().toString();
        HandlerClient.Response first =
                api.json("POST", "/claims", Samples.claim(Samples.uniqueStatement()), Map.of("Idempotency-Key", key));
        assertEquals(201, first.status(), first.body());
        Map<String, AttributeValue> record = Map.of(
                "pk", AttributeValue.fromS("IDEMPOTENCY#" + Sha256.hex(HandlerClient.KEY_ID + "\n" + key)),
                "sk", AttributeValue.fromS("IDEMPOTENCY"));
        long expiresAt = Long.parseLong(DynamoDbClients.shared()
                .getItem(r -> r.tableName(TestEnvironment.TABLE).key(record))
                .item()
                .get("expiresAt")
                .n());
        long inADay = Instant.now().getEpochSecond() + 24 * 60 * 60;
        assertTrue(Math.abs(expiresAt - inADay) < 120, "the record expires 24 h after the request: " + expiresAt);

        // The day has passed; TTL has not deleted the record yet.
        DynamoDbClients.shared()
                .updateItem(r -> r.tableName(TestEnvironment.TABLE)
                        .key(record)
                        .updateExpression("SET expiresAt = :past")
                        .expressionAttributeValues(Map.of(
                                ":past",
                                AttributeValue.fromN(Long.toString(Instant.now().getEpochSecond() - 1)))));
        HandlerClient.Response other =
                api.json("POST", "/claims", Samples.claim(Samples.uniqueStatement()), Map.of("Idempotency-Key", key));
        assertEquals(
                201,
                other.status(),
                "not 422 (another body) and not a replay: the expired record counts for nothing: " + other.body());
        assertNull(other.header("Idempotent-Replayed"));
        assertNotEquals(first.json().get("id"), other.json().get("id"));
        HandlerClient.Response retry =
                api.json("POST", "/claims", Samples.claim(Samples.uniqueStatement()), Map.of("Idempotency-Key", key));
        assertEquals(422, retry.status(), "the key now belongs to the second request, stored afresh: " + retry.body());
    }

    private static Map<String, String> key(UUID uuid) {
        return Map.of("Idempotency-Key", uuid.toString());
    }
}
