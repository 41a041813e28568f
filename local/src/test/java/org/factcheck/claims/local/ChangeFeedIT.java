package org.factcheck.claims.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.factcheck.claims.AppConfig;
import org.factcheck.claims.api.ChangeEvents;
import org.factcheck.claims.domain.Caller;
import org.factcheck.claims.domain.Claim;
import org.factcheck.claims.domain.NewClaim;
import org.factcheck.claims.domain.Speaker;
import org.factcheck.claims.domain.SpeakerType;
import org.factcheck.claims.domain.TextNormalizer;
import org.factcheck.claims.domain.Timestamps;
import org.factcheck.claims.domain.Ulid;
import org.factcheck.claims.store.ChangeEvent;
import org.factcheck.claims.store.ChangePage;
import org.factcheck.claims.store.ChangeQuery;
import org.factcheck.claims.store.dynamodb.DynamoDbClaimStore;
import org.factcheck.claims.store.dynamodb.DynamoDbClients;
import org.junit.jupiter.api.Test;

/** GET /changes through the real handler: paging while four writers run, parameters, and quiet days. */
class ChangeFeedIT {
    private static final int WRITERS = 4;
    private static final int CLAIMS_PER_WRITER = 5;

    private final HandlerClient api = new HandlerClient("it-reader", "reader");
    private final HandlerClient writer = new HandlerClient();

    private record Page(List<Map<String, Object>> items, String next, boolean more) {}

    @SuppressWarnings("unchecked")
    private Page page(String after, int limit) throws Exception {
        HandlerClient.Response r =
                api.get("/changes?limit=" + limit + (after == null ? "" : "&after=" + after), Map.of());
        assertEquals(200, r.status(), r.body());
        Map<String, Object> body = r.json();
        return new Page((List<Map<String, Object>>) body.get("items"), (String) body.get("nextCursor"), (Boolean)
                body.get("hasMore"));
    }

    @Test
    void everyEventOnceAndInOrderAcrossPagesWhileFourWritersRun() throws Exception {
        // Catch up first, so that the test pages only what happens from here on.
        String cursor = null;
        for (Page p = page(null, 100); ; p = page(cursor, 100)) {
            cursor = p.next();
            if (!p.more()) break;
        }
        Set<String> claims = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            writers.add(pool.submit(() -> {
                for (int i = 0; i < CLAIMS_PER_WRITER; i++) {
                    String id = (String) writer.create(Samples.claim(Samples.uniqueStatement()))
                            .get("id");
                    claims.add(id);
                    writer.review(id);
                    assertEquals(
                            201,
                            writer.postJson("/claims/" + id + "/appearances", "{\"outlet\":\"CNN\"}")
                                    .status());
                }
                return null;
            }));
        }
        List<Map<String, Object>> read = new ArrayList<>();
        Instant writersDone = null;
        Duration settle = Duration.ofSeconds(AppConfig.changesSettleSeconds()).plusSeconds(1);
        while (true) {
            Page p = page(cursor, 7);
            assertTrue(p.items().size() <= 7);
            read.addAll(p.items());
            cursor = p.next();
            if (writersDone == null && writers.stream().allMatch(Future::isDone)) writersDone = Instant.now();
            if (writersDone != null && Instant.now().isAfter(writersDone.plus(settle)) && !p.more()) break;
            if (!p.more()) Thread.sleep(250);
        }
        for (Future<?> f : writers) f.get();
        pool.shutdown();

        List<String> ids = read.stream().map(e -> (String) e.get("id")).toList();
        assertEquals(ids.stream().sorted().toList(), ids, "in id order across pages");
        assertEquals(ids.size(), new HashSet<>(ids).size(), "no event twice");
        // Exactly the events the table holds for the writers' claims, none missing.
        List<String> stored = new ArrayList<>();
        for (String claim : claims)
            ChangeEventsIT.eventsOf(claim).forEach(i -> stored.add(i.get("id").s()));
        List<String> mine = read.stream()
                .filter(e -> claims.contains(claimIdOf(e)))
                .map(e -> (String) e.get("id"))
                .toList();
        assertEquals(WRITERS * CLAIMS_PER_WRITER * 3, stored.size());
        assertEquals(stored.stream().sorted().toList(), mine);
    }

    @SuppressWarnings("unchecked")
    private static String claimIdOf(Map<String, Object> event) {
        return (String) ((Map<String, Object>) ((Map<String, Object>) event.get("data")).get("claim")).get("id");
    }

    @Test
    void filtersByTypeAndClaim() throws Exception {
        String id =
                (String) writer.create(Samples.claim(Samples.uniqueStatement())).get("id");
        writer.review(id);
        HandlerClient.Response created = api.get("/changes?claimId=" + id + "&type=claim.updated", Map.of());
        assertEquals(200, created.status(), created.body());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items =
                (List<Map<String, Object>>) created.json().get("items");
        assertTrue(items.stream().allMatch(e -> "claim.updated".equals(e.get("type")) && id.equals(claimIdOf(e))));
    }

    @Test
    void invalidParametersAre400sNamingThem() throws Exception {
        for (Map.Entry<String, String> bad : Map.of(
                        "after", "after=bm90IGEgY3Vyc29y",
                        "limit", "limit=0",
                        "type", "type=claim.deleted",
                        "claimId", "claimId=nope",
                        "cursor", "cursor=x")
                .entrySet()) {
            HandlerClient.Response r = api.get("/changes?" + bad.getValue(), Map.of());
            assertEquals(400, r.status(), bad.getValue());
            assertTrue(r.body().contains("\"parameter\":\"" + bad.getKey() + "\""), r.body());
        }
        HandlerClient.Response claimsCursor = api.get("/claims?limit=1", Map.of());
        String foreign = (String) claimsCursor.json().get("nextCursor");
        if (foreign != null)
            assertEquals(400, api.get("/changes?after=" + foreign, Map.of()).status());
    }

    /** Throttled once, the SDK retries and the page is served; lasting, a 503 with Retry-After. */
    @Test
    void throttlingIsRetriedAndLastingFaultsAre503() throws Exception {
        FaultProxy proxy = new FaultProxy();
        try {
            proxy.arm("Query", "throughput", 1, null);
            assertEquals(200, api.get("/changes?limit=5", Map.of()).status());
            assertEquals(1, proxy.fired());
            proxy.reset();
            proxy.arm("Query", "throttling", DynamoDbClients.ATTEMPTS, null);
            DynamoDbWriteFaultsIT.assertUnavailable(api.get("/changes?limit=5", Map.of()));
            assertEquals(DynamoDbClients.ATTEMPTS, proxy.fired());
        } finally {
            proxy.reset();
        }
    }

    /**
     * Quiet days cost nothing: events 20 days apart come in one page, for a bounded number of
     * Queries (day markers find the days with events), and an empty feed is one Query.
     */
    @Test
    void quietDaysAreSkippedInBoundedQueries() {
        DynamoDbClaimStore store = ContractTables.claims();
        Instant settled = Instant.now().minusSeconds(1);
        RecordingInterceptor.reset();
        ChangePage empty = store.changes(new ChangeQuery(null, 100, null, null, settled));
        assertEquals(List.of(), empty.items());
        assertFalse(empty.more());
        assertEquals(List.of("Query"), RecordingInterceptor.calls());
        List<String> ids = new ArrayList<>();
        for (int daysAgo : new int[] {20, 0}) {
            Instant at = Instant.now().minus(Duration.ofDays(daysAgo)).minusSeconds(60);
            String statement = Samples.uniqueStatement();
            Claim claim = Claim.create(
                    Ulid.next(at.toEpochMilli()),
                    new NewClaim(
                            statement,
                            new Speaker("Quiet Days", null, null, SpeakerType.PERSON),
                            List.of(new org.factcheck.claims.domain.Appearance("CNN", null, null, null)),
                            null,
                            "en",
                            List.of(),
                            null,
                            TextNormalizer.duplicateKey("Quiet Days", statement)),
                    Timestamps.format(at),
                    new Caller(HandlerClient.KEY_ID, "it"));
            ChangeEvent event = ChangeEvents.created(claim);
            // Ulid.next never goes back in time; the id is made of the day wanted here.
            event = new ChangeEvent(
                    Ulid.timePrefix(at.toEpochMilli()) + event.id().substring(10),
                    event.type(),
                    event.timestamp(),
                    event.claimId(),
                    event.speaker(),
                    event.outlets(),
                    event.status(),
                    event.previousStatus(),
                    event.rating(),
                    event.body());
            store.create(claim, event, null);
            ids.add(event.id());
        }
        RecordingInterceptor.reset();
        ChangePage page = store.changes(new ChangeQuery(null, 100, null, null, settled));
        assertEquals(ids, page.items().stream().map(ChangeEvent::id).toList());
        assertFalse(page.more());
        List<String> calls = RecordingInterceptor.calls();
        assertEquals(2 * (1 + 8), calls.size(), "two days with events: a marker Query and 8 shards each: " + calls);
        assertTrue(calls.stream().allMatch("Query"::equals));
    }
}
