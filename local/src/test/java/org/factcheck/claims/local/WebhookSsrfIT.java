package org.factcheck.claims.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.Socket;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.factcheck.claims.AppConfig;
import org.factcheck.claims.delivery.DeliveryHandler;
import org.factcheck.claims.domain.NewSubscription;
import org.factcheck.claims.domain.RetrySchedule;
import org.factcheck.claims.domain.Subscription;
import org.factcheck.claims.domain.SubscriptionFilter;
import org.factcheck.claims.domain.Timestamps;
import org.factcheck.claims.domain.Ulid;
import org.factcheck.claims.domain.WebhookUrl;
import org.factcheck.claims.net.WebhookPost;
import org.factcheck.claims.store.dynamodb.DynamoDbDeliveryStore;
import org.factcheck.claims.store.sqs.SqsDeliveryQueue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SSRF at delivery when DNS changes, through `make run`'s pipeline (moto's stream and FIFO
 * queue, the notifier, the delivery function): the delivery function is the real
 * DeliveryHandler, given a resolver this test changes (the one seam: LocalFunctions#with).
 * A name first resolves to 127.0.0.1 and a delivery arrives; then it resolves to refused
 * addresses and the delivery is refused before any connection, recorded on the
 * subscription, retried on the schedule and ends in the dead-letter queue. The refused
 * addresses are never connected to: the refusal precedes the POST (WebhookSender), which
 * the recorded outcome ("refused: ...", not "failed: ...") shows, and {@link LoopbackOnly}
 * proves: it fails and records any socket connect to a non-loopback host, so even a
 * regressed check could not reach a private network or a metadata service from CI.
 */
class WebhookSsrfIT {
    private static final String OWNER = "01J0WEBH00KSSRF0WNER000000";
    private static final Map<String, List<InetAddress>> DNS = new ConcurrentHashMap<>();
    private static final List<String> LOOKUPS = new CopyOnWriteArrayList<>();
    private static final List<String> RECEIVED = new CopyOnWriteArrayList<>();
    private static LoopbackOnly guard;
    private static WebhookPipeline webhooks;
    private final HandlerClient api = new HandlerClient();

    @BeforeAll
    static void start() throws Exception {
        guard = LoopbackOnly.install();
        // The guard works, or nothing here runs: a plain socket and WebhookPost itself are stopped.
        assertThrows(IOException.class, () -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(ip("10.0.0.7"), 9), 2000);
            }
        });
        assertThrows(
                IOException.class,
                () -> WebhookPost.send( // 192.0.2.0/24: documentation addresses, routed nowhere
                        new WebhookUrl.Target(URI.create("http://192.0.2.7:9/guard"), "192.0.2.7", 9, false),
                        ip("192.0.2.7"),
                        Map.of(),
                        "{}"));
        assertEquals(List.of("socket://10.0.0.7:9", "socket://192.0.2.7:9"), guard.blocked, "the guard's record");
        guard.blocked.clear();
        HttpHandler receive = exchange -> {
            exchange.getRequestBody().readAllBytes();
            RECEIVED.add(exchange.getRequestURI().getPath());
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        };
        // The real delivery function, with this test's DNS: the one seam, LocalFunctions#with.
        webhooks = WebhookPipeline.start(
                receive,
                () -> new LocalFunctions(line -> {})
                        .with(
                                "DeliveryFunction",
                                DeliveryHandler.over(
                                        DynamoDbDeliveryStore.forDelivery(),
                                        host -> {
                                            LOOKUPS.add(host);
                                            return DNS.getOrDefault(host, List.of());
                                        },
                                        SqsDeliveryQueue.fromEnvironment(),
                                        RetrySchedule.parse(AppConfig.webhookRetrySeconds()),
                                        Duration.ofSeconds(AppConfig.webhookPauseAfterSeconds()))));
    }

    @AfterAll
    static void stop() {
        if (webhooks != null) webhooks.close();
        if (guard != null) ProxySelector.setDefault(guard.previous);
    }

    private static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal); // a literal: no lookup
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A subscription to one speaker's claim.created events, stored as POST /subscriptions stores it. */
    private static String subscribe(String url, String speaker) {
        String id = Ulid.next(System.currentTimeMillis());
        webhooks.subscriptions()
                .create(
                        Subscription.created(
                                id,
                                OWNER,
                                new NewSubscription(
                                        url,
                                        List.of("claim.created"),
                                        new SubscriptionFilter(
                                                List.of(), List.of(speaker), List.of(), List.of(), List.of()),
                                        null),
                                Timestamps.format(Instant.now())),
                        "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]),
                        100);
        return id;
    }

    private static void await(Duration limit, BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (!done.getAsBoolean() && System.nanoTime() < end) Thread.sleep(50);
    }

    private Subscription after(String id) {
        return webhooks.subscriptions().find(OWNER, id).orElseThrow();
    }

    /** Waits for each subscription's delivery to reach the dead-letter queue; the ids of those that did, sorted. */
    private static List<String> deadLetters(Collection<String> subscriptionIds) throws InterruptedException {
        var sqs = LocalQueues.client();
        String dlq = TestEnvironment.QUEUES.get("DeliveryDeadLetterQueue");
        List<String> dead = new ArrayList<>();
        await(Duration.ofSeconds(45), () -> {
            sqs.receiveMessage(m -> m.queueUrl(dlq).maxNumberOfMessages(10))
                    .messages()
                    .forEach(m ->
                            subscriptionIds.stream().filter(m.body()::contains).forEach(dead::add));
            return dead.containsAll(subscriptionIds);
        });
        return dead.stream().sorted().toList();
    }

    @Test
    void aNameThatResolvedToLoopbackThenToAPrivateAddressIsRefusedAtDeliveryWithoutConnecting() throws Exception {
        String run = Samples.uniqueName("ssrf");
        String host = "hooks-" + run.toLowerCase().replaceAll("[^a-z0-9]", "") + ".test";
        DNS.put(host, List.of(ip("127.0.0.1")));
        String path = "/ssrf-" + run.replaceAll("[^A-Za-z0-9]", "");
        String id = subscribe("http://" + host + ":" + webhooks.receiverPort() + path, "SSRF " + run);

        api.create(Samples.claim("SSRF " + run, Samples.uniqueStatement(), "O " + run));
        await(Duration.ofSeconds(10), () -> RECEIVED.contains(path));
        assertEquals(List.of(path), RECEIVED.stream().filter(path::equals).toList(), "delivered while on 127.0.0.1");
        await(Duration.ofSeconds(5), () -> after(id).lastDeliveryOutcome() != null);
        assertTrue(
                after(id).lastDeliveryOutcome().startsWith("delivered"),
                after(id).lastDeliveryOutcome());

        DNS.put(host, List.of(ip("10.0.0.7"))); // the name now points into a private network
        int lookupsBefore = (int) LOOKUPS.stream().filter(host::equals).count();
        api.create(Samples.claim("SSRF " + run, Samples.uniqueStatement(), "O " + run));
        assertEquals(List.of(id), deadLetters(List.of(id)), "refused on every attempt, then the dead-letter queue");
        assertEquals(List.of(), guard.blocked, "no connection to a non-loopback address was attempted");
        int attempts = RetrySchedule.parse(AppConfig.webhookRetrySeconds()).attempts();
        assertEquals(
                attempts,
                LOOKUPS.stream().filter(host::equals).count() - lookupsBefore,
                "one resolution per attempt, none after the last");
        assertEquals(1, RECEIVED.stream().filter(path::equals).count(), "the receiver got nothing more");
        Subscription s = after(id);
        // Locally http is allowed only while every address is loopback; the private one ends that.
        assertTrue(
                s.lastDeliveryOutcome()
                        .startsWith("refused: url must be an https URL (http is accepted only to a loopback"),
                s.lastDeliveryOutcome());
        assertTrue(s.consecutiveFailures() >= attempts, "failures " + s.consecutiveFailures());
    }

    @Test
    void privateMetadataAndMixedPublicAndPrivateAnswersAreRefusedAtDelivery() throws Exception {
        String run = Samples.uniqueName("ssrfmix");
        String tag = run.toLowerCase().replaceAll("[^a-z0-9]", "");
        // https, so that the address rules (not the local http-only-to-loopback rule) decide.
        Map<String, List<InetAddress>> answers = Map.of(
                "mixed-" + tag + ".test", List.of(ip("93.184.215.14"), ip("10.0.0.7")),
                "metadata-" + tag + ".test", List.of(ip("169.254.169.254")),
                "private6-" + tag + ".test", List.of(ip("fd00::7")));
        Map<String, String> expected = Map.of(
                "mixed-" + tag + ".test", "resolves to a private address 10.0.0.7",
                "metadata-" + tag + ".test", "resolves to the instance metadata address 169.254.169.254",
                "private6-" + tag + ".test", "resolves to a unique local (fc00::/7) address");
        Map<String, String> ids = new ConcurrentHashMap<>();
        answers.forEach((name, addresses) -> {
            DNS.put(name, addresses);
            ids.put(name, subscribe("https://" + name + ":8443/hook", "MIX " + run));
        });
        api.create(Samples.claim("MIX " + run, Samples.uniqueStatement(), "O " + run));
        assertEquals(
                ids.values().stream().sorted().toList(),
                deadLetters(ids.values()),
                "each refused on every attempt, then the dead-letter queue");
        assertEquals(List.of(), guard.blocked, "no connection to a non-loopback address was attempted");
        int attempts = RetrySchedule.parse(AppConfig.webhookRetrySeconds()).attempts();
        for (String name : answers.keySet()) {
            Subscription s = after(ids.get(name));
            assertTrue(s.lastDeliveryOutcome().startsWith("refused: url host " + name), s.lastDeliveryOutcome());
            assertTrue(s.lastDeliveryOutcome().contains(expected.get(name)), s.lastDeliveryOutcome());
            assertTrue(s.consecutiveFailures() >= attempts, name + " failures " + s.consecutiveFailures());
            assertEquals(attempts, LOOKUPS.stream().filter(name::equals).count(), name + ": one lookup per attempt");
        }
    }
}
