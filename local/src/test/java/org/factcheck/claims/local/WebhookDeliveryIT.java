package org.factcheck.claims.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.factcheck.claims.api.SigningSecrets;
import org.factcheck.claims.domain.ClaimStatus;
import org.factcheck.claims.domain.NewSubscription;
import org.factcheck.claims.domain.Rating;
import org.factcheck.claims.domain.RetrySchedule;
import org.factcheck.claims.domain.Subscription;
import org.factcheck.claims.domain.SubscriptionFilter;
import org.factcheck.claims.domain.SubscriptionStatus;
import org.factcheck.claims.domain.Timestamps;
import org.factcheck.claims.domain.Ulid;
import org.factcheck.claims.domain.WebhookSignature;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Webhooks end to end, as `make run` runs them: changes through the real handlers, their
 * events through moto's DynamoDB Stream to the notifier (the template's filter applied),
 * deliveries through moto's FIFO queue (receive, visibility, delete, redrive to the DLQ)
 * to the delivery function, and signed POSTs to a receiver on 127.0.0.1. Retries use the
 * tests' short schedule (TestEnvironment.RETRY_SECONDS: 4 attempts, 1 s, 1 s, 8 s apart).
 */
class WebhookDeliveryIT {
    private static final String OWNER = "01J0WEBH00KS0WNER000000000";

    record Received(String path, Map<String, String> headers, String body, Instant at) {}

    private static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    private static WebhookPipeline webhooks;
    private final HandlerClient api = new HandlerClient();

    @BeforeAll
    static void start() throws Exception {
        webhooks = WebhookPipeline.start(WebhookDeliveryIT::receive, () -> new LocalFunctions(line -> {}));
    }

    /** The receiver: records each POST; paths under /fail answer 500. */
    private static void receive(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        var h = exchange.getRequestHeaders();
        RECEIVED.add(new Received(
                exchange.getRequestURI().getPath().replace('_', ' '),
                Map.of(
                        "webhook-id", h.getFirst("webhook-id"),
                        "webhook-timestamp", h.getFirst("webhook-timestamp"),
                        "webhook-signature", h.getFirst("webhook-signature"),
                        "content-type", h.getFirst("Content-Type")),
                body,
                Instant.now()));
        exchange.sendResponseHeaders(exchange.getRequestURI().getPath().startsWith("/fail") ? 500 : 204, -1);
        exchange.close();
    }

    @AfterAll
    static void stop() {
        if (webhooks != null) webhooks.close();
    }

    /** A subscription stored as POST /subscriptions stores it; returns {id, secret}. */
    private static String[] subscribe(String path, List<String> events, SubscriptionFilter filter) {
        String id = Ulid.next(System.currentTimeMillis());
        String secret = SigningSecrets.next();
        String url = "http://127.0.0.1:" + webhooks.receiverPort() + path.replace(' ', '_');
        webhooks.subscriptions()
                .create(
                        Subscription.created(
                                id,
                                OWNER,
                                new NewSubscription(url, events, filter, null),
                                Timestamps.format(Instant.now())),
                        secret,
                        100);
        return new String[] {id, secret};
    }

    private static SubscriptionFilter filter(
            List<String> claims, List<String> speakers, List<String> outlets, List<ClaimStatus> s, List<Rating> r) {
        return new SubscriptionFilter(claims, speakers, outlets, s, r);
    }

    /** The receiver's {@code path} subscribed to {@code event} of the claims of {@code speaker}. */
    private static String[] subscribeToSpeaker(String path, String event, String speaker) {
        return subscribe(path, List.of(event), filter(List.of(), List.of(speaker), List.of(), List.of(), List.of()));
    }

    /** The receiver's {@code path} subscribed to {@code event} of one claim. */
    private static String[] subscribeToClaim(String path, String event, String claimId) {
        return subscribe(path, List.of(event), filter(List.of(claimId), List.of(), List.of(), List.of(), List.of()));
    }

    private static List<Received> at(String path) {
        return RECEIVED.stream().filter(r -> r.path().equals(path)).toList();
    }

    @SuppressWarnings("unchecked")
    private static String typeAndClaim(Received r) throws Exception {
        Map<String, Object> body = HandlerClient.JSON.readValue(r.body(), Map.class);
        Map<String, Object> claim = (Map<String, Object>) ((Map<String, Object>) body.get("data")).get("claim");
        return body.get("type") + " " + claim.get("id");
    }

    private static void await(Duration limit, BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (!done.getAsBoolean() && System.nanoTime() < end) Thread.sleep(50);
    }

    private static boolean verifies(Received r, String secret) {
        long ts = Long.parseLong(r.headers().get("webhook-timestamp"));
        String expected = WebhookSignature.sign(secret, r.headers().get("webhook-id"), ts, r.body());
        return List.of(r.headers().get("webhook-signature").split(" ")).contains(expected);
    }

    @Test
    void theRightEventsReachTheRightSubscriptionsSignedAndWithinSeconds() throws Exception {
        String run = Samples.uniqueName("wh");
        String[] bySpeaker = subscribeToSpeaker("/speaker-" + run, "claim.created", "S1 " + run);
        String[] byOutlet = subscribe(
                "/outlet-" + run,
                List.of("claim.created"),
                filter(List.of(), List.of(), List.of("O2 " + run), List.of(), List.of()));
        String[] byStatus = subscribe(
                "/status-" + run,
                List.of("claim.updated"),
                filter(List.of(), List.of("S2 " + run), List.of(), List.of(ClaimStatus.IN_REVIEW), List.of()));
        String[] byRating = subscribe(
                "/rating-" + run,
                List.of("verdict.published"),
                filter(List.of(), List.of("s1  " + run.toUpperCase()), List.of(), List.of(), List.of(Rating.FALSE)));

        Instant changed = Instant.now();
        String x = (String) api.create(Samples.claim("S1 " + run, Samples.uniqueStatement(), "O1 " + run))
                .get("id");
        String y = (String) api.create(Samples.claim("S2 " + run, Samples.uniqueStatement(), "O2 " + run))
                .get("id");
        String[] byClaim = subscribeToClaim("/claim-" + run, "claim.updated", x);
        await(Duration.ofSeconds(10), () -> !at("/speaker-" + run).isEmpty());
        Received first = at("/speaker-" + run).getFirst();
        Duration latency = Duration.between(changed, first.at());
        System.out.println("webhook delivered " + latency.toMillis() + " ms after the change");
        assertTrue(latency.compareTo(Duration.ofSeconds(5)) < 0, "first delivery after " + latency);

        for (String claim : List.of(x, y)) {
            api.review(claim);
            var verdict = api.json(
                    "POST",
                    "/claims/" + claim + "/verdicts",
                    Samples.verdict(claim.equals(x) ? "FALSE" : "TRUE"),
                    Map.of("If-Match", api.etag(claim)));
            assertEquals(201, verdict.status(), verdict.body());
        }
        await(
                Duration.ofSeconds(15),
                () -> at("/rating-" + run).size() >= 1
                        && at("/status-" + run).size() >= 1
                        && at("/claim-" + run).size() >= 1
                        && at("/outlet-" + run).size() >= 1);
        Thread.sleep(1500); // anything wrongly matched would have arrived by now

        assertEquals(List.of("claim.created " + x), types("/speaker-" + run));
        assertEquals(List.of("claim.created " + y), types("/outlet-" + run));
        assertEquals(List.of("claim.updated " + y), types("/status-" + run));
        assertEquals(List.of("claim.updated " + x), types("/claim-" + run));
        assertEquals(List.of("verdict.published " + x), types("/rating-" + run));

        Received r = at("/rating-" + run).getFirst();
        assertEquals("application/json", r.headers().get("content-type"));
        assertTrue(verifies(r, byRating[1]), "the published secret verifies");
        assertFalse(verifies(r, bySpeaker[1]), "another secret does not");
        assertTrue(verifies(at("/claim-" + run).getFirst(), byClaim[1]));
        assertTrue(verifies(at("/outlet-" + run).getFirst(), byOutlet[1]));
        assertTrue(verifies(at("/status-" + run).getFirst(), byStatus[1]));
    }

    private static List<String> types(String path) throws Exception {
        List<String> out = new ArrayList<>();
        for (Received r : at(path)) out.add(typeAndClaim(r));
        return out;
    }

    @Test
    void aFailingReceiverGetsGrowingRetriesThenTheDeadLetterQueueAndTheSubscriptionIsPaused() throws Exception {
        String run = Samples.uniqueName("fail");
        String[] sub = subscribeToSpeaker("/fail-" + run, "claim.created", "F " + run);
        api.create(Samples.claim("F " + run, Samples.uniqueStatement(), "O " + run));
        RetrySchedule schedule = RetrySchedule.parse(TestEnvironment.RETRY_SECONDS);
        int attempts = schedule.attempts();
        await(Duration.ofSeconds(45), () -> at("/fail-" + run).size() >= attempts);
        List<Received> tries = at("/fail-" + run);
        assertEquals(attempts, tries.size());
        List<Integer> delays = schedule.delaysSeconds();
        for (int i = 1; i < tries.size(); i++) {
            long gap =
                    Duration.between(tries.get(i - 1).at(), tries.get(i).at()).toMillis();
            assertTrue(
                    gap >= delays.get(i - 1) * 1000L - 200,
                    "attempt " + (i + 1) + " came " + gap + " ms after the one before");
            assertEquals(
                    tries.getFirst().headers().get("webhook-id"),
                    tries.get(i).headers().get("webhook-id"),
                    "same webhook-id on retries");
        }

        var sqs = LocalQueues.client();
        String dlq = TestEnvironment.QUEUES.get("DeliveryDeadLetterQueue");
        List<String> dead = new ArrayList<>();
        await(Duration.ofSeconds(10), () -> {
            sqs.receiveMessage(m -> m.queueUrl(dlq).maxNumberOfMessages(10)).messages().stream()
                    .filter(m -> m.body().contains(sub[0]))
                    .forEach(m -> dead.add(m.body()));
            return !dead.isEmpty();
        });
        assertEquals(1, dead.size(), "the delivery ends in the dead-letter queue");
        Thread.sleep(1000);
        assertEquals(attempts, at("/fail-" + run).size(), "no attempt after the last");

        Subscription after = webhooks.subscriptions().find(OWNER, sub[0]).orElseThrow();
        assertEquals(SubscriptionStatus.PAUSED, after.status());
        assertTrue(after.pausedReason().contains("failed: HTTP 500"), after.pausedReason());
        assertTrue(after.consecutiveFailures() >= 3, "failures " + after.consecutiveFailures());
        assertTrue(after.lastDeliveryOutcome().startsWith("failed: HTTP 500"), after.lastDeliveryOutcome());
    }

    @Test
    void duringARotationBothSecretsSign() throws Exception {
        String run = Samples.uniqueName("rot");
        String[] sub = subscribeToSpeaker("/rot-" + run, "claim.created", "R " + run);
        String next = "whsec_" + Base64.getEncoder().encodeToString(new byte[32]);
        Instant now = Instant.now();
        webhooks.subscriptions()
                .rotateSecret(
                        OWNER, sub[0], next, Timestamps.format(now), Timestamps.format(now.plus(Duration.ofHours(24))));
        api.create(Samples.claim("R " + run, Samples.uniqueStatement(), "O " + run));
        await(Duration.ofSeconds(10), () -> !at("/rot-" + run).isEmpty());
        Received r = at("/rot-" + run).getFirst();
        assertEquals(
                2,
                r.headers().get("webhook-signature").split(" ").length,
                r.headers().get("webhook-signature"));
        assertTrue(verifies(r, next), "the new secret verifies");
        assertTrue(verifies(r, sub[1]), "the old secret still verifies");
        assertNotEquals(sub[1], next);
    }

    @Test
    void twentyQuickChangesToOneClaimArriveInOrder() throws Exception {
        String run = Samples.uniqueName("ord");
        String claim = (String) api.create(Samples.claim("Q " + run, Samples.uniqueStatement(), "O " + run))
                .get("id");
        subscribeToClaim("/order-" + run, "claim.updated", claim);
        for (int i = 1; i <= 20; i++) {
            var patched = api.json(
                    "PATCH",
                    "/claims/" + claim,
                    "{\"context\": \"change " + i + "\"}",
                    Map.of("If-Match", api.etag(claim)));
            assertEquals(200, patched.status(), patched.body());
        }
        await(Duration.ofSeconds(30), () -> at("/order-" + run).size() >= 20);
        List<Received> got = at("/order-" + run);
        assertEquals(20, got.size());
        for (int i = 0; i < 20; i++) {
            assertTrue(
                    got.get(i).body().contains("\"context\":\"change " + (i + 1) + "\""),
                    "delivery " + (i + 1) + ": " + got.get(i).body());
            if (i > 0)
                assertTrue(got.get(i)
                                .headers()
                                .get("webhook-id")
                                .compareTo(got.get(i - 1).headers().get("webhook-id"))
                        > 0);
        }
    }

    @Test
    void aPingReachesTheOwnersReceiverSignedAndAnotherKeyGets404() throws Exception {
        String run = Samples.uniqueName("ping");
        String[] sub = subscribeToSpeaker("/ping-" + run, "claim.created", "P " + run);
        HandlerClient owner = new HandlerClient("webhooks-owner", "reader", OWNER);
        var accepted = owner.postJson("/subscriptions/" + sub[0] + "/test", "");
        assertEquals(202, accepted.status(), accepted.body());
        HandlerClient other = new HandlerClient("someone-else", "reader", "01J0WEBH00KS0THER000000000");
        assertEquals(
                404, other.postJson("/subscriptions/" + sub[0] + "/test", "").status());
        await(Duration.ofSeconds(10), () -> !at("/ping-" + run).isEmpty());
        Thread.sleep(500);
        List<Received> got = at("/ping-" + run);
        assertEquals(1, got.size());
        assertEquals(accepted.json().get("eventId"), got.getFirst().headers().get("webhook-id"));
        assertTrue(
                got.getFirst().body().contains("\"type\":\"ping\""),
                got.getFirst().body());
        assertTrue(verifies(got.getFirst(), sub[1]));
    }
}
