package org.factcheck.claims.api;

import static org.factcheck.claims.store.contract.Claims.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.factcheck.claims.domain.Claim;
import org.factcheck.claims.store.DuplicateClaimException;
import org.factcheck.claims.store.IdempotencyConflictException;
import org.factcheck.claims.store.StoredResponse;
import org.factcheck.claims.store.contract.Claims;
import org.factcheck.claims.store.memory.InMemoryClaimStore;
import org.factcheck.claims.testing.Events;
import org.junit.jupiter.api.Test;

/** Idempotency-Key: the first response kept with the work, replayed to a retry of the same request only. */
class IdempotencyTest {
    private final InMemoryClaimStore store = new InMemoryClaimStore();

    private static ApiRequest request(String key, String body, String keyId) {
        Events.Event event = Events.load("post-claims.json").header("Idempotency-Key", key);
        if (body != null) event.body(body);
        if (keyId != null) event.keyId(keyId);
        return ApiRequest.fromEvent(event.map());
    }

    @Test
    void withoutAKeyTheOperationRunsEveryTimeAndStoresNothing() {
        ApiResponse r = Idempotency.run(request(null, null, null), store, idempotency -> {
            assertNull(idempotency.record(ApiResponse.empty(204)));
            return ApiResponse.empty(204);
        });
        assertEquals(204, r.status());
    }

    @Test
    void aRetryIsAnsweredFromTheStoredResponse() {
        ApiRequest first = request("k-1", null, null);
        StoredResponse[] kept = new StoredResponse[1];
        ApiResponse original = Idempotency.run(first, store, idempotency -> {
            ApiResponse response = ApiResponse.json(201, "{\"n\":1}").withHeader("Location", "/v1/claims/x");
            kept[0] = idempotency.record(response);
            Claim claim = claim("Ada", "A.");
            store.create(claim, Claims.event(claim), kept[0]);
            return response;
        });
        assertNotNull(kept[0]);
        long ttl = kept[0].expiresAtEpochSeconds() - Instant.now().getEpochSecond();
        assertEquals(24 * 3600, ttl, 5, "kept for 24 hours");
        assertEquals(Map.of("Content-Type", "application/json", "Location", "/v1/claims/x"), kept[0].headers());

        ApiResponse replay = Idempotency.run(request("k-1", null, null), store, idempotency -> {
            throw new AssertionError("a retry must not run again");
        });
        assertEquals(201, replay.status());
        assertEquals(original.body(), replay.body());
        assertEquals("true", replay.headers().get("Idempotent-Replayed"));
        assertEquals("/v1/claims/x", replay.headers().get("Location"));

        ApiRequest otherBody = request("k-1", "{\"other\":1}", null);
        Problem reused = assertThrows(Problem.class, () -> Idempotency.run(otherBody, store, i -> null));
        assertEquals(422, reused.status());
        ApiResponse otherCaller = Idempotency.run(
                request("k-1", null, "01H6B3K9M2Q7R4S8T0V5W1X3Y9"), store, idempotency -> ApiResponse.empty(204));
        assertEquals(204, otherCaller.status(), "keys are per caller");
    }

    @Test
    void aKeyMustBeVisibleAsciiOfAtMost255Characters() {
        for (String bad : List.of("", "x".repeat(256), "with space", "ключ")) {
            ApiRequest request = request(bad, null, null);
            Problem p = assertThrows(Problem.class, () -> Idempotency.run(request, store, i -> ApiResponse.empty(204)));
            assertEquals(400, p.status(), bad);
        }
        assertEquals(
                204,
                Idempotency.run(request("x".repeat(255), null, null), store, i -> ApiResponse.empty(204))
                        .status());
    }

    @Test
    void aLostRaceIsAnsweredAsTheWinnerWasElseTheFailureStands() {
        ApiRequest request = request("race", null, null);
        StoredResponse[] winner = new StoredResponse[1];
        Idempotency.run(request, store, idempotency -> {
            winner[0] = idempotency.record(ApiResponse.json(201, "{\"winner\":true}"));
            return null;
        });
        // The twin committed first: our write meets its record (or its duplicate marker) and its answer is ours.
        ApiResponse answered = Idempotency.run(request, store, idempotency -> {
            Claim claim = claim("Ada", "Race.");
            store.create(claim, Claims.event(claim), winner[0]);
            throw new IdempotencyConflictException();
        });
        assertEquals("{\"winner\":true}", answered.body());
        assertEquals("true", answered.headers().get("Idempotent-Replayed"));

        DuplicateClaimException duplicate = new DuplicateClaimException("01H6B3K9M2Q7R4S8T0V5W1X3Y6");
        ApiRequest noRecord = request("no-record", null, null);
        assertSame(
                duplicate,
                assertThrows(
                        DuplicateClaimException.class,
                        () -> Idempotency.run(noRecord, store, i -> {
                            throw duplicate;
                        })));
        assertEquals(
                503,
                assertThrows(
                                Problem.class,
                                () -> Idempotency.run(noRecord, store, i -> {
                                    throw new IdempotencyConflictException();
                                }))
                        .status(),
                "a conflict without a record to replay");
    }

    @Test
    void anExpiredRecordNoLongerAnswers() {
        ApiRequest request = request("old", null, null);
        Idempotency.run(request, store, idempotency -> {
            StoredResponse r = idempotency.record(ApiResponse.empty(204));
            Claim claim = claim("Ada", "Old.");
            store.create(
                    claim,
                    Claims.event(claim),
                    new StoredResponse(
                            r.keyHash(),
                            r.requestHash(),
                            r.status(),
                            r.headers(),
                            r.body(),
                            Instant.now().getEpochSecond() - 1));
            return null;
        });
        assertEquals(
                200,
                Idempotency.run(request, store, i -> ApiResponse.json(200, "{}"))
                        .status());
    }
}
