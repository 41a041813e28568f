package org.factcheck.claims.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.factcheck.claims.priming.Priming;
import org.factcheck.claims.store.DryRun;
import org.factcheck.claims.store.dynamodb.DynamoDbClients;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Priming before a SnapStart snapshot, for every function of template.yaml, against the
 * emulator: each function constructed as Lambda constructs it registers one priming,
 * whose runs reach the success path of the route (no failure), read DynamoDB, send their
 * writes bound to fail (store/dynamodb/BoundToFail), and change nothing: every table is the
 * same item for item afterwards, and every transaction that reached the emulator was
 * refused. The calls are recorded as the function's, so the least-privilege proof
 * (tests/iam) covers priming too.
 */
class PrimingIT {
    /** The functions whose every priming run writes to DynamoDB (a Put, an Update or a transaction led by one). */
    private static final List<String> WRITERS = List.of(
            "CreateClaimFunction",
            "ImportArticleFunction",
            "UpdateClaimFunction",
            "AddAppearanceFunction",
            "PublishVerdictFunction",
            "CreateSubscriptionFunction",
            "UpdateSubscriptionFunction",
            "RotateSubscriptionSecretFunction",
            "CreateKeyFunction",
            "RevokeKeyFunction",
            "DeliveryFunction");

    /** The functions whose every priming run reads the sample's own key (a claim, key or subscription). */
    private static final List<String> SAMPLE_READERS = List.of(
            "GetClaimFunction",
            "GetClaimReviewFunction",
            "ListVerdictsFunction",
            "UpdateClaimFunction",
            "AuthorizerFunction",
            "GetSubscriptionFunction",
            "PingSubscriptionFunction",
            "NotifierFunction",
            "DeliveryFunction");

    private final HandlerClient client = new HandlerClient();

    @Test
    void primingEveryFunctionRunsItsSuccessPathAndWritesNothing() throws Exception {
        // Something for the reads to find.
        assertEquals(
                201,
                client.postJson("/claims", Samples.claim(Samples.uniqueStatement()))
                        .status());
        TestKeys.key(org.factcheck.claims.keys.Role.READER, "priming-it");

        FaultProxy emulator = new FaultProxy();
        emulator.reset();
        RecordingInterceptor.reset();
        Map<String, Map<String, Map<String, AttributeValue>>> before = dumpTables();

        List<String> primed = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> resource :
                TestEnvironment.TEMPLATE.resources().entrySet()) {
            if (!"AWS::Serverless::Function".equals(resource.getValue().get("Type"))) continue;
            String functionId = resource.getKey();
            String handler = TestEnvironment.TEMPLATE
                    .resourceProperties(functionId)
                    .get("Handler")
                    .toString();
            LocalFunctions.runAs(functionId, () -> {
                int registered = Priming.registered().size();
                construct(handler);
                List<Priming> added = Priming.registered()
                        .subList(registered, Priming.registered().size());
                assertEquals(1, added.size(), functionId + " registers one priming");
                int answered = DryRun.refusalsAnswered();
                int found = DryRun.samplesFound();
                added.getFirst().beforeCheckpoint(null);
                assertNull(added.getFirst().failure(), functionId + "'s priming failed");
                assertTrue(
                        added.getFirst().runs() >= Priming.MIN_RUNS,
                        functionId + " primed " + added.getFirst().runs() + " times");
                if (WRITERS.contains(functionId)) {
                    // Each run's write refused as planned and answered as applied, so its success path ran.
                    assertTrue(
                            DryRun.refusalsAnswered() - answered
                                    >= added.getFirst().runs(),
                            functionId + "'s writes were not answered as applied");
                }
                if (SAMPLE_READERS.contains(functionId)) {
                    // Each run's read of the sample found nothing and was answered with the sample's item.
                    assertTrue(
                            DryRun.samplesFound() - found >= added.getFirst().runs(),
                            functionId + "'s reads of the sample were not answered with its item");
                }
                primed.add(functionId);
                return null;
            });
        }

        assertTrue(primed.size() >= 23, "primed " + primed);
        assertEquals(before, dumpTables(), "priming changed the tables");
        List<Object> outcomes =
                emulator.transactions().stream().map(t -> t.get("outcome")).toList();
        assertTrue(!outcomes.isEmpty(), "no transaction was sent bound to fail");
        assertTrue(outcomes.stream().allMatch("failed 400"::equals), "a transaction was not refused: " + outcomes);
        List<String> calls = RecordingInterceptor.calls();
        assertTrue(calls.contains("GetItem") && calls.contains("Query"), "priming read nothing: " + calls);
        for (String write : List.of("TransactWriteItems", "PutItem", "UpdateItem"))
            assertTrue(calls.contains(write), "no " + write + " was sent: " + calls);

        // Two restores from the one primed state; then the functions answer as usual.
        Priming.afterRestoreAll();
        Priming.afterRestoreAll();
        assertEquals(
                201,
                client.postJson("/claims", Samples.claim(Samples.uniqueStatement()))
                        .status());
    }

    /** As Lambda does: the handler class's no-arg constructor. */
    private static void construct(String handler) {
        try {
            Class.forName(handler.substring(0, handler.indexOf("::")))
                    .getDeclaredConstructor()
                    .newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + handler, e);
        }
    }

    /** Every item of every table, by table and key. */
    private static Map<String, Map<String, Map<String, AttributeValue>>> dumpTables() {
        Map<String, Map<String, Map<String, AttributeValue>>> tables = new TreeMap<>();
        TestEnvironment.TABLES.forEach((logicalId, name) -> {
            Map<String, Map<String, AttributeValue>> items = new TreeMap<>();
            DynamoDbClients.shared()
                    .scanPaginator(r -> r.tableName(name).consistentRead(true))
                    .items()
                    .forEach(item -> items.put(new TreeMap<>(item).toString(), item));
            tables.put(logicalId, items);
        });
        return tables;
    }
}
