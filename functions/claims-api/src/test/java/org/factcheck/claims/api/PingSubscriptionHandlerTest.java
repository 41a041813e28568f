package org.factcheck.claims.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factcheck.claims.json.Json;
import org.factcheck.claims.store.DeliveryQueue;
import org.factcheck.claims.store.memory.InMemorySubscriptionStore;
import org.factcheck.claims.testing.Events;
import org.factcheck.claims.testing.Events.Response;
import org.junit.jupiter.api.Test;

/** POST /subscriptions/{subscriptionId}/test from events/post-subscription-test.json: one ping queued, for the owner only. */
class PingSubscriptionHandlerTest {
    private final InMemorySubscriptionStore store = new InMemorySubscriptionStore();
    private final List<DeliveryQueue.Delivery> queued = new ArrayList<>();
    private final DeliveryQueue queue = new DeliveryQueue() {
        @Override
        public void send(List<Delivery> deliveries) {
            queued.addAll(deliveries);
        }

        @Override
        public void retryAfter(String receiptHandle, int seconds) {
            throw new UnsupportedOperationException();
        }
    };
    private final PingSubscriptionHandler handler = new PingSubscriptionHandler(store, queue);
    private final String id = (String) Events.load("post-subscriptions.json")
            .sendTo(new CreateSubscriptionHandler(store, CreateSubscriptionHandlerTest.DNS, false))
            .json()
            .get("id");

    @Test
    @SuppressWarnings("unchecked")
    void theOwnerGets202AndOnePingIsQueuedForThatSubscriptionAlone() {
        Response r = Events.load("post-subscription-test.json")
                .pathParameter("subscriptionId", id)
                .sendTo(handler);
        assertEquals(202, r.status(), r.body());
        assertEquals("ping", r.json().get("type"));
        assertEquals(1, queued.size());
        DeliveryQueue.Delivery ping = queued.getFirst();
        assertEquals(r.json().get("eventId"), ping.eventId());
        assertEquals(id, ping.subscriptionId());
        assertNull(ping.claimId(), "a ping is about no claim");
        assertEquals(id + "#ping", ping.group());
        Map<String, Object> body = (Map<String, Object>) Json.parse(ping.body());
        assertEquals("ping", body.get("type"));
        assertEquals(Map.of("subscriptionId", id), body.get("data"));
    }

    @Test
    void anotherKeysSubscriptionIsNotFoundAndNothingIsQueued() {
        Events.load("post-subscription-test.json")
                .pathParameter("subscriptionId", id)
                .keyId("01H6B3K9M2Q7R4S8T0V5W1X3Z3")
                .role("admin")
                .sendTo(handler)
                .problem(404, "not-found");
        Events.load("post-subscription-test.json").sendTo(handler).problem(404, "not-found");
        assertEquals(List.of(), queued);
    }
}
