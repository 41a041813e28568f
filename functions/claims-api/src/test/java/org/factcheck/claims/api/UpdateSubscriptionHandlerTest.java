package org.factcheck.claims.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factcheck.claims.domain.Subscription;
import org.factcheck.claims.domain.SubscriptionFilter.MatchKey;
import org.factcheck.claims.domain.SubscriptionStatus;
import org.factcheck.claims.store.memory.InMemorySubscriptionStore;
import org.factcheck.claims.testing.Events;
import org.factcheck.claims.testing.Events.Response;
import org.junit.jupiter.api.Test;

/** PATCH /subscriptions/{subscriptionId} from events/patch-subscription.json: resume, pause, change the filter. */
class UpdateSubscriptionHandlerTest {
    private static final String OWNER = "01H6B3K9M2Q7R4S8T0V5W1X3Y9";
    private final InMemorySubscriptionStore store = new InMemorySubscriptionStore();
    private final UpdateSubscriptionHandler handler = new UpdateSubscriptionHandler(store);
    private final String id =
            (String) CreateSubscriptionHandlerTest.subscribe(store).get("id");

    private Events.Event patch(String body) {
        return Events.load("patch-subscription.json")
                .pathParameter("subscriptionId", id)
                .body(body);
    }

    @Test
    void resumingAPausedSubscriptionClearsItsFailures() {
        Subscription s = store.find(OWNER, id).orElseThrow();
        Subscription failing = new Subscription(
                s.id(),
                s.ownerKeyId(),
                s.url(),
                s.events(),
                s.filter(),
                s.description(),
                SubscriptionStatus.PAUSED,
                "failed for 24 hours",
                s.createdAt(),
                s.updatedAt(),
                null,
                null,
                s.updatedAt(),
                "HTTP 500",
                40,
                s.version() + 1);
        store.update(s, failing);
        Response r = Events.load("patch-subscription.json")
                .pathParameter("subscriptionId", id)
                .sendTo(handler);
        assertEquals(200, r.status(), r.body());
        Map<String, Object> body = r.json();
        assertEquals("ACTIVE", body.get("status"));
        assertNull(body.get("pausedReason"));
        assertEquals(0, body.get("consecutiveFailures"));
        assertEquals(Map.of("at", s.updatedAt(), "outcome", "HTTP 500"), body.get("lastDelivery"));
    }

    @Test
    void aNewFilterMovesTheIndexEntries() {
        Response r = patch(
                        "{\"filter\": {\"outlets\": [\"AP\"]}, \"events\": [\"claim.retracted\"], \"description\": null}")
                .sendTo(handler);
        assertEquals(200, r.status(), r.body());
        assertEquals(List.of("claim.retracted"), r.json().get("events"));
        assertEquals(Set.of(), store.matching(new MatchKey("speaker", "joe biden")));
        assertEquals(Set.of(id), store.matching(new MatchKey("outlet", "ap")));
        assertEquals(200, patch("{\"filter\": null}").sendTo(handler).status());
        assertEquals(Set.of(id), store.matching(MatchKey.ALL));
        assertEquals(Set.of(), store.matching(new MatchKey("outlet", "ap")));
    }

    @Test
    void refusalsChangeNothing() {
        Subscription before = store.find(OWNER, id).orElseThrow();
        patch("{\"url\": \"https://elsewhere.example/\"}").sendTo(handler).problem(400, "validation");
        patch("{}").sendTo(handler).problem(400, "validation");
        patch("{\"status\": \"ACTIVE\"}")
                .keyId("01H6B3K9M2Q7R4S8T0V5W1X3Z5")
                .sendTo(handler)
                .problem(404, "not-found");
        assertEquals(before, store.find(OWNER, id).orElseThrow());
    }
}
