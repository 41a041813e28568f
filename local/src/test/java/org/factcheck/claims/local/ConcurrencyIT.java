package org.factcheck.claims.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Races through the real handlers: conditions in DynamoDB decide, not luck. */
class ConcurrencyIT {
    private static final int PARALLEL = 20;
    private final HandlerClient api = new HandlerClient();

    /** Runs {@code task} PARALLEL times at once (released together by a latch). */
    private static List<HandlerClient.Response> race(Callable<HandlerClient.Response> task) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(PARALLEL)) {
            List<Future<HandlerClient.Response>> futures = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<HandlerClient.Response> responses = new ArrayList<>();
            for (Future<HandlerClient.Response> f : futures) responses.add(f.get());
            return responses;
        }
    }

    private static Map<Integer, Long> statuses(List<HandlerClient.Response> responses) {
        return responses.stream().collect(Collectors.groupingBy(HandlerClient.Response::status, Collectors.counting()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void twentyVerdictsWithOneIfMatchLeaveExactlyOne() throws Exception {
        String id =
                (String) api.create(Samples.claim(Samples.uniqueStatement())).get("id");
        String etag = api.review(id);
        List<HandlerClient.Response> responses = race(() ->
                api.json("POST", "/claims/" + id + "/verdicts", Samples.verdict("FALSE"), Map.of("If-Match", etag)));
        assertEquals(Map.of(201, 1L, 412, (long) PARALLEL - 1), statuses(responses));
        List<Object> history = (List<Object>) api.get("/claims/" + id + "/verdicts?limit=100", Map.of())
                .json()
                .get("items");
        assertEquals(1, history.size());
        assertEquals(3, api.get("/claims/" + id, Map.of()).json().get("version"), "created, reviewed, rated once");
    }

    @Test
    void twentyPostsWithOneIdempotencyKeyCreateOneClaim() throws Exception {
        String speaker = Samples.uniqueName("Speaker");
        String body = Samples.claim(speaker, Samples.uniqueStatement(), "CNN");
        String key = UUID.randomUUID().toString();
        List<HandlerClient.Response> responses =
                race(() -> api.json("POST", "/claims", body, Map.of("Idempotency-Key", key)));
        assertEquals(Map.of(201, (long) PARALLEL), statuses(responses));
        Set<String> bodies =
                responses.stream().map(HandlerClient.Response::body).collect(Collectors.toSet());
        assertEquals(1, bodies.size(), "identical responses");
        assertEquals(1, countBySpeaker(speaker));
    }

    @Test
    void twoParallelSubmissionsOfOneClaimCreateOne() throws Exception {
        for (int round = 0; round < 5; round++) {
            String speaker = Samples.uniqueName("Speaker");
            String statement = Samples.uniqueStatement();
            CountDownLatch start = new CountDownLatch(1);
            try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
                Callable<HandlerClient.Response> submit = () -> {
                    start.await();
                    return api.postJson("/claims", Samples.claim(speaker, statement, "CNN"));
                };
                Future<HandlerClient.Response> a = pool.submit(submit);
                Future<HandlerClient.Response> b = pool.submit(submit);
                start.countDown();
                List<HandlerClient.Response> both = List.of(a.get(), b.get());
                assertEquals(Map.of(201, 1L, 409, 1L), statuses(both));
                String createdId = (String) both.stream()
                        .filter(r -> r.status() == 201)
                        .findFirst()
                        .orElseThrow()
                        .json()
                        .get("id");
                assertEquals(
                        createdId,
                        both.stream()
                                .filter(r -> r.status() == 409)
                                .findFirst()
                                .orElseThrow()
                                .json()
                                .get("existingClaimId"));
            }
            assertEquals(1, countBySpeaker(speaker));
        }
    }

    private int countBySpeaker(String speaker) throws Exception {
        return ((List<?>) api.get("/claims?limit=100&speaker=" + java.net.URLEncoder.encode(speaker, "UTF-8"), Map.of())
                        .json()
                        .get("items"))
                .size();
    }
}
