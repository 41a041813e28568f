package org.factcheck.claims.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.factcheck.claims.keys.Role;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Feeds every file in events/ to the function its route names in template.yaml, as
 * `sam local invoke -e` would, so no event file can go stale. Each runs its success path:
 * the claim or key it names is created first and its id (and If-Match) written into the
 * event; the files' own ids, which exist nowhere, are tested separately as 404s.
 */
class EventFilesIT {
    /** The id every claim event names, and the key id of delete-key.json. */
    private static final String EVENT_CLAIM_ID = "01H6B3K9M2Q7R4S8T0V5W1X3Y6";

    private static final String EVENT_KEY_ID = "01H6B3K9M2Q7R4S8T0V5W1X3Y8";
    /** The subscription id of the subscription events, and the key id that owns it in them. */
    private static final String EVENT_SUBSCRIPTION_ID = "01J9Z7Q4W8E2R6T0Y3V5V1X7PA";

    private static final String EVENT_SUBSCRIBER_KEY_ID = "01H6B3K9M2Q7R4S8T0V5W1X3Y9";
    /** What each event answers once the data it names exists. */
    private static final Map<String, Integer> EXPECTED = Map.ofEntries(
            Map.entry("post-claims.json", 201),
            Map.entry("post-articles.json", 201),
            Map.entry("get-claims.json", 200),
            Map.entry("get-claim.json", 200),
            Map.entry("patch-claim.json", 200),
            Map.entry("post-appearance.json", 201),
            Map.entry("post-verdict.json", 201),
            Map.entry("get-verdicts.json", 200),
            Map.entry("get-claimreview.json", 200),
            Map.entry("get-changes.json", 200),
            Map.entry("post-keys.json", 201),
            Map.entry("get-keys.json", 200),
            Map.entry("delete-key.json", 204),
            Map.entry("post-subscriptions.json", 201),
            Map.entry("get-subscriptions.json", 200),
            Map.entry("get-subscription.json", 200),
            Map.entry("patch-subscription.json", 200),
            Map.entry("delete-subscription.json", 204),
            Map.entry("post-subscription-secret.json", 200),
            Map.entry("post-subscription-test.json", 202),
            Map.entry("authorizer-request.json", 200),
            // Lambda's stream and queue events: 200 here means no batch item failures.
            Map.entry("notifier-stream.json", 200),
            Map.entry("delivery-queue.json", 200));

    /** The function each stream or queue event is for. */
    private static final Map<String, String> SOURCE_EVENTS =
            Map.of("notifier-stream.json", "NotifierFunction", "delivery-queue.json", "DeliveryFunction");

    private final HandlerClient api = new HandlerClient();

    private static List<Path> files() throws Exception {
        try (Stream<Path> list = Files.list(TestEnvironment.ROOT.resolve("events"))) {
            return list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static SamTemplate.Route routeOf(Path file, Map<String, Object> event) {
        return TestEnvironment.TEMPLATE.routes().stream()
                .filter(r ->
                        r.method().equals(event.get("httpMethod")) && r.path().equals(event.get("resource")))
                .findFirst()
                .orElseThrow(() -> new AssertionError(file + " names no route of template.yaml"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(byte[] bytes) throws Exception {
        return HandlerClient.JSON.readValue(bytes, Map.class);
    }

    @TestFactory
    Stream<DynamicTest> everyEventFileSucceedsOnTheDataItNames() throws Exception {
        List<Path> files = files();
        assertFalse(files.isEmpty(), "events/ has no event files");
        assertEquals(
                EXPECTED.keySet(),
                Set.copyOf(files.stream().map(p -> p.getFileName().toString()).toList()),
                "every event file needs an expected answer here, and every expectation a file");
        return files.stream()
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                    String name = file.getFileName().toString();
                    Map<String, Object> event = read(Files.readAllBytes(file));
                    if ("REQUEST".equals(event.get("type"))) {
                        authorizerAllowsARealKey(event);
                        return;
                    }
                    if (SOURCE_EVENTS.containsKey(name)) {
                        handledWithoutFailures(SOURCE_EVENTS.get(name), Files.readAllBytes(file));
                        return;
                    }
                    event = withExistingData(name, Files.readString(file, StandardCharsets.UTF_8));
                    SamTemplate.Route route = routeOf(file, event);
                    HandlerClient.Response response = api.invoke(route, HandlerClient.JSON.writeValueAsBytes(event));
                    assertEquals(EXPECTED.get(name), response.status(), file + ": " + response.body());
                    OpenApiContract.check(route.method(), route.path(), response);
                }));
    }

    /**
     * A stream or queue event through its function, as Lambda invokes it: every record
     * handled (none names data that exists: the event matches no subscription, the
     * delivery's subscription is gone and its message is dropped).
     */
    @SuppressWarnings("unchecked")
    private static void handledWithoutFailures(String function, byte[] event) throws Exception {
        TestEnvironment.ensureTable();
        String handler = TestEnvironment.TEMPLATE
                .resourceProperties(function)
                .get("Handler")
                .toString();
        byte[] response = new LocalFunctions(line -> {}).invoke(function, handler, event);
        Map<String, Object> parsed = read(response);
        assertEquals(
                List.of(),
                parsed.get("batchItemFailures"),
                function + ": " + new String(response, StandardCharsets.UTF_8));
    }

    /** The event's ids replaced by a claim or key that exists, and its If-Match by the claim's current ETag. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> withExistingData(String name, String text) throws Exception {
        String claimId = null;
        if (text.contains(EVENT_CLAIM_ID)) {
            claimId = (String)
                    api.create(Samples.claim(Samples.uniqueStatement())).get("id");
            if (name.equals("post-verdict.json")) api.review(claimId);
            if (name.startsWith("get-verdicts") || name.startsWith("get-claimreview")) {
                api.review(claimId);
                HandlerClient.Response v = api.json(
                        "POST",
                        "/claims/" + claimId + "/verdicts",
                        Samples.verdict("FALSE"),
                        Map.of("If-Match", api.etag(claimId)));
                assertEquals(201, v.status(), v.body());
            }
            text = text.replace(EVENT_CLAIM_ID, claimId);
        }
        if (text.contains(EVENT_SUBSCRIPTION_ID)) {
            HandlerClient subscriber = new HandlerClient("event-newsroom", "reader", EVENT_SUBSCRIBER_KEY_ID);
            HandlerClient.Response created = subscriber.postJson(
                    "/subscriptions", "{\"url\": \"https://93.184.215.14/hook\", \"events\": [\"claim.created\"]}");
            assertEquals(201, created.status(), created.body());
            text = text.replace(EVENT_SUBSCRIPTION_ID, (String) created.json().get("id"));
        }
        if (text.contains(EVENT_KEY_ID))
            text = text.replace(EVENT_KEY_ID, TestKeys.keyId(TestKeys.key(Role.READER, "event-file")));
        Map<String, Object> event = read(text.getBytes(StandardCharsets.UTF_8));
        Map<String, Object> headers = (Map<String, Object>) event.get("headers");
        if (claimId != null && headers != null && headers.containsKey("If-Match")) {
            String etag = api.etag(claimId);
            headers.put("If-Match", etag);
            Map<String, Object> multi = (Map<String, Object>) event.get("multiValueHeaders");
            if (multi != null) multi.put("If-Match", List.of(etag));
        }
        return event;
    }

    /** authorizer-request.json with a real reader key: an Allow for the reader's routes, the key's identity in the context. */
    @SuppressWarnings("unchecked")
    private void authorizerAllowsARealKey(Map<String, Object> event) throws Exception {
        String key = TestKeys.key(Role.READER, "event-reader");
        ((Map<String, Object>) event.get("headers")).put("Authorization", "Bearer " + key);
        ((Map<String, Object>) event.get("multiValueHeaders")).put("Authorization", List.of("Bearer " + key));
        SamTemplate.Route first = TestEnvironment.TEMPLATE.routes().getFirst();
        Map<String, Object> policy =
                api.invokeAuthorizer(first.authorizer(), HandlerClient.JSON.writeValueAsBytes(event));
        assertEquals(TestKeys.keyId(key), policy.get("principalId"));
        assertEquals("reader", ((Map<String, Object>) policy.get("context")).get("role"));
        assertTrue(
                LocalAuthorizer.allows(policy, (String) event.get("methodArn")),
                "the reader may GET /claims: " + policy);
    }

    /** The subscription files as they are name a subscription that does not exist: 404. */
    @TestFactory
    Stream<DynamicTest> theFilesOwnSubscriptionIdIsA404() throws Exception {
        return namingAMissingResource(EVENT_SUBSCRIPTION_ID);
    }

    /** The files as they are name a claim that does not exist: each claim route answers 404, documented. */
    @TestFactory
    Stream<DynamicTest> theFilesOwnClaimIdIsA404() throws Exception {
        return namingAMissingResource(EVENT_CLAIM_ID);
    }

    /** A 404, documented, for each file that names {@code id}. */
    private Stream<DynamicTest> namingAMissingResource(String id) throws Exception {
        return files().stream()
                .filter(f -> {
                    try {
                        return Files.readString(f).contains(id);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                    Map<String, Object> event = read(Files.readAllBytes(file));
                    SamTemplate.Route route = routeOf(file, event);
                    HandlerClient.Response response = api.invoke(route, Files.readAllBytes(file));
                    assertEquals(404, response.status(), file + ": " + response.body());
                    OpenApiContract.check(route.method(), route.path(), response);
                }));
    }

    @Test
    void theAuthorizerEventsOwnKeyIsUnauthorized() throws Exception {
        byte[] bytes = Files.readAllBytes(TestEnvironment.ROOT.resolve("events/authorizer-request.json"));
        SamTemplate.Route first = TestEnvironment.TEMPLATE.routes().getFirst();
        Exception e = assertThrows(Exception.class, () -> api.invokeAuthorizer(first.authorizer(), bytes));
        assertEquals("Unauthorized", e.getMessage());
    }
}
