package org.factcheck.claims.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.factcheck.claims.store.memory.InMemorySubscriptionStore;
import org.factcheck.claims.testing.Events;
import org.factcheck.claims.testing.Events.Response;
import org.junit.jupiter.api.Test;

/** GET /subscriptions/{subscriptionId} from events/get-subscription.json: the owner's only; another key's is a 404. */
class GetSubscriptionHandlerTest {
    private final InMemorySubscriptionStore store = new InMemorySubscriptionStore();
    private final GetSubscriptionHandler handler = new GetSubscriptionHandler(store);
    private final String id =
            (String) CreateSubscriptionHandlerTest.subscribe(store).get("id");

    @Test
    void theOwnerSeesItWithDeliveryFieldsAndNoSecret() {
        Response r = Events.load("get-subscription.json")
                .pathParameter("subscriptionId", id)
                .sendTo(handler);
        assertEquals(200, r.status(), r.body());
        Map<String, Object> body = r.json();
        assertEquals(id, body.get("id"));
        assertEquals(0, body.get("consecutiveFailures"));
        assertEquals(true, body.containsKey("lastDelivery"));
        assertFalse(body.containsKey("secret"));
    }

    @Test
    void anotherKeysSubscriptionIsNotFoundEvenForAdmins() {
        Events.load("get-subscription.json")
                .pathParameter("subscriptionId", id)
                .keyId("01H6B3K9M2Q7R4S8T0V5W1X3Z3")
                .role("admin")
                .sendTo(handler)
                .problem(404, "not-found");
        Events.load("get-subscription.json").sendTo(handler).problem(404, "not-found");
        Events.load("get-subscription.json")
                .pathParameter("subscriptionId", "x")
                .sendTo(handler)
                .problem(404, "not-found");
    }
}
