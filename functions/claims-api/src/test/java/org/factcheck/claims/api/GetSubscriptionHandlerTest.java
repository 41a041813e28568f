package org.factcheck.claims.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.factcheck.claims.testing.Events.Response;
import org.junit.jupiter.api.Test;

/** GET /subscriptions/{subscriptionId} from events/get-subscription.json: the owner's only; another key's is a 404. */
class GetSubscriptionHandlerTest {
    private final SubscriptionRoute route = new SubscriptionRoute("get-subscription.json", GetSubscriptionHandler::new);
    private final String id = route.id;

    @Test
    void theOwnerSeesItWithDeliveryFieldsAndNoSecret() {
        Response r = route.request().sendTo(route.handler);
        assertEquals(200, r.status(), r.body());
        Map<String, Object> body = r.json();
        assertEquals(id, body.get("id"));
        assertEquals(0, body.get("consecutiveFailures"));
        assertEquals(true, body.containsKey("lastDelivery"));
        assertFalse(body.containsKey("secret"));
    }

    @Test
    void anotherKeysSubscriptionIsNotFoundEvenForAdmins() {
        route.request()
                .keyId("01H6B3K9M2Q7R4S8T0V5W1X3Z3")
                .role("admin")
                .sendTo(route.handler)
                .problem(404, "not-found");
        route.unknown().sendTo(route.handler).problem(404, "not-found");
        route.unknown()
                .pathParameter("subscriptionId", "x")
                .sendTo(route.handler)
                .problem(404, "not-found");
    }
}
