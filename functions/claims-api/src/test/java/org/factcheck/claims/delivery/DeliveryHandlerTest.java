package org.factcheck.claims.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.factcheck.claims.domain.ChangeFacts;
import org.factcheck.claims.domain.RetrySchedule;
import org.factcheck.claims.domain.Subscription;
import org.factcheck.claims.domain.SubscriptionFilter;
import org.factcheck.claims.domain.WebhookSignature;
import org.factcheck.claims.json.Json;
import org.factcheck.claims.store.DeliveryQueue;
import org.factcheck.claims.store.DeliveryStore;
import org.factcheck.claims.store.sqs.SqsDeliveryQueue;
import org.factcheck.claims.testing.TestContext;
import org.factcheck.claims.testing.TestSubscriptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The delivery function on SQS events as Lambda sends them, over a fake store, to a real
 * receiver on 127.0.0.1: the Standard Webhooks headers, retries by visibility, the
 * dead-letter hand-off, pausing, per-group order within a batch, and SSRF after resolution.
 */
class DeliveryHandlerTest {
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String OLD_SECRET = "whsec_" + "B".repeat(43) + "=";
    private static final String OWNER = TestSubscriptions.OWNER;
    private static final String SUB = TestSubscriptions.ID;
    private static final RetrySchedule SCHEDULE = RetrySchedule.parse("1,2,4");

    record Received(Map<String, String> headers, String body) {}

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile int answer = 204;
    private final HttpServer receiver;
    private final FakeStore store = new FakeStore();
    private final List<String> visibility = new ArrayList<>();
    private final DeliveryQueue queue = new DeliveryQueue() {
        @Override
        public void send(List<Delivery> deliveries) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void retryAfter(String receiptHandle, int seconds) {
            visibility.add(receiptHandle + "=" + seconds);
        }
    };

    DeliveryHandlerTest() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(
                    Map.of(
                            "webhook-id", exchange.getRequestHeaders().getFirst("webhook-id"),
                            "webhook-timestamp", exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                            "webhook-signature", exchange.getRequestHeaders().getFirst("webhook-signature"),
                            "content-type", exchange.getRequestHeaders().getFirst("Content-Type")),
                    body));
            exchange.sendResponseHeaders(answer, -1);
            exchange.close();
        });
        receiver.start();
        store.subscription =
                subscription("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
    }

    private DeliveryHandler handler(Duration pauseAfter, List<InetAddress> resolved) {
        return new DeliveryHandler(new WebhookSender(store, host -> resolved, true, pauseAfter), queue, SCHEDULE);
    }

    private DeliveryHandler handler() {
        return handler(Duration.ofDays(1), List.of(InetAddress.getLoopbackAddress()));
    }

    @Test
    void aDeliveryIsSignedWithTheSecretAndPostedAsJson() throws IOException {
        String body = "{\"type\":\"claim.created\",\"timestamp\":\"2024-01-01T00:00:00.000Z\",\"data\":{}}";
        assertEquals(List.of(), failures(handler(), record("m1", 1, "01EVENT1", "C1", body)));

        assertEquals(1, received.size());
        Received r = received.getFirst();
        assertEquals(body, r.body());
        assertEquals("application/json", r.headers().get("content-type"));
        assertEquals("01EVENT1", r.headers().get("webhook-id"));
        long timestamp = Long.parseLong(r.headers().get("webhook-timestamp"));
        assertTrue(Math.abs(Instant.now().getEpochSecond() - timestamp) < 10);
        assertEquals(
                WebhookSignature.sign(SECRET, "01EVENT1", timestamp, body),
                r.headers().get("webhook-signature"));
        assertEquals(List.of("success"), store.outcomes);
    }

    @Test
    void duringARotationBothSecretsSign() throws IOException {
        store.secrets = List.of(SECRET, OLD_SECRET);
        failures(handler(), record("m1", 1, "01EVENT1", "C1", "{}"));
        Received r = received.getFirst();
        long ts = Long.parseLong(r.headers().get("webhook-timestamp"));
        assertEquals(
                WebhookSignature.sign(SECRET, "01EVENT1", ts, "{}") + " "
                        + WebhookSignature.sign(OLD_SECRET, "01EVENT1", ts, "{}"),
                r.headers().get("webhook-signature"));
    }

    @Test
    void aFailedAttemptIsHiddenForTheScheduledDelayAndTheLastGoesStraightToTheRedrive() throws IOException {
        answer = 500;
        for (int attempt = 1; attempt <= SCHEDULE.attempts(); attempt++) {
            assertEquals(List.of("m" + attempt), failures(handler(), record("m" + attempt, attempt, "E", "C1", "{}")));
        }
        assertEquals(List.of("rh-m1=1", "rh-m2=2", "rh-m3=4", "rh-m4=0"), visibility);
        assertEquals(4, received.size());
        assertEquals(List.of("failure", "failure", "failure", "failure"), store.outcomes);
    }

    @Test
    void failingLongerThanThePauseTimePausesTheSubscription() throws IOException {
        answer = 503;
        failures(handler(Duration.ZERO, List.of(InetAddress.getLoopbackAddress())), record("m1", 1, "E", "C1", "{}"));
        assertEquals(List.of("failure"), store.outcomes);
        assertEquals(Duration.ZERO, store.pauseAfter);
        assertTrue(store.lastOutcome.startsWith("failed: HTTP 503"), store.lastOutcome);
    }

    @Test
    void withinABatchAGroupStopsAtItsFirstFailureAndOtherGroupsGoOn() throws IOException {
        answer = 500;
        List<String> failed = failures(
                handler(),
                record("a1", 1, "E1", "C1", "{}"),
                record("a2", 1, "E2", "C1", "{}"),
                record("b1", 1, "E3", "C2", "{}"));
        assertEquals(List.of("a1", "a2", "b1"), failed);
        // a2 was never sent: it must not overtake a1.
        assertEquals(
                List.of("E1", "E3"),
                received.stream().map(r -> r.headers().get("webhook-id")).toList());
        // a2 is visible again with a1 (1 s), so the group resumes in order.
        assertEquals(List.of("rh-a1=1", "rh-a2=1", "rh-b1=1"), visibility);
    }

    @Test
    void anAddressThatResolvesPrivateAtDeliveryIsRefusedWithoutConnecting() throws IOException {
        store.subscription =
                subscription("http://hooks.example.com:" + receiver.getAddress().getPort() + "/hook");
        List<String> failed = failures(
                handler(Duration.ofDays(1), List.of(InetAddress.getByAddress(new byte[] {10, 0, 0, 7}))),
                record("m1", 1, "E", "C1", "{}"));
        assertEquals(List.of("m1"), failed);
        assertEquals(0, received.size());
        assertTrue(store.lastOutcome.startsWith("refused: url"), store.lastOutcome);
    }

    @Test
    void aDeletedSubscriptionDropsItsDeliveriesAndAPausedOneHoldsAllButPings() throws IOException {
        store.subscription = null;
        assertEquals(List.of(), failures(handler(), record("m1", 1, "E", "C1", "{}")));
        store.subscription = TestSubscriptions.paused(
                subscription("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook"));
        assertEquals(List.of("m2"), failures(handler(), record("m2", 1, "E", "C1", "{}")));
        assertEquals(List.of("rh-m2=1"), visibility, "held back on the retry schedule, toward the DLQ");
        assertEquals(List.of(), store.outcomes, "a held delivery is no failure of the receiver");
        assertEquals(0, received.size());
        assertEquals(List.of(), failures(handler(), record("m3", 1, "P", null, "{\"type\":\"ping\"}")));
        assertEquals(1, received.size());
    }

    @SuppressWarnings("unchecked")
    private static List<String> failures(DeliveryHandler handler, Map<String, Object>... records) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(
                new ByteArrayInputStream(
                        Json.write(Map.of("Records", List.of(records))).getBytes(StandardCharsets.UTF_8)),
                out,
                TestContext.quiet());
        Map<String, Object> response = (Map<String, Object>) Json.parse(out.toString(StandardCharsets.UTF_8));
        return ((List<Map<String, Object>>) response.get("batchItemFailures"))
                .stream().map(f -> (String) f.get("itemIdentifier")).toList();
    }

    private static Map<String, Object> record(
            String messageId, int receiveCount, String eventId, String claimId, String body) {
        return Map.of(
                "messageId",
                messageId,
                "receiptHandle",
                "rh-" + messageId,
                "body",
                SqsDeliveryQueue.message(new DeliveryQueue.Delivery(eventId, SUB, OWNER, claimId, body)),
                "attributes",
                Map.of("ApproximateReceiveCount", Integer.toString(receiveCount)),
                "eventSource",
                "aws:sqs");
    }

    private static Subscription subscription(String url) {
        return TestSubscriptions.active(url, Subscription.EVENT_TYPES, SubscriptionFilter.ALL);
    }

    private static final class FakeStore implements DeliveryStore {
        Subscription subscription;
        List<String> secrets = List.of(SECRET);
        final List<String> outcomes = new ArrayList<>();
        String lastOutcome;
        Duration pauseAfter;

        @Override
        public List<Subscription> candidates(ChangeFacts facts) {
            return List.of();
        }

        @Override
        public Optional<Subscription> find(String ownerKeyId, String id) {
            return Optional.ofNullable(subscription)
                    .filter(s -> s.ownerKeyId().equals(ownerKeyId) && s.id().equals(id));
        }

        @Override
        public List<String> signingSecrets(String subscriptionId, Instant now) {
            return secrets;
        }

        @Override
        public void recordSuccess(String ownerKeyId, String id, Instant at, String outcome) {
            outcomes.add("success");
            lastOutcome = outcome;
        }

        @Override
        public boolean recordFailure(String ownerKeyId, String id, Instant at, String outcome, Duration pauseAfter) {
            outcomes.add("failure");
            lastOutcome = outcome;
            this.pauseAfter = pauseAfter;
            return pauseAfter.isZero();
        }
    }
}
