package org.factcheck.claims.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factcheck.claims.domain.SubscriptionFilter.MatchKey;
import org.factcheck.claims.store.memory.InMemorySubscriptionStore;
import org.junit.jupiter.api.Test;

/** DELETE /subscriptions/{subscriptionId} from events/delete-subscription.json. */
class DeleteSubscriptionHandlerTest {
    private final SubscriptionRoute route =
            new SubscriptionRoute("delete-subscription.json", DeleteSubscriptionHandler::new);
    private final InMemorySubscriptionStore store = route.store;
    private final String id = route.id;

    @Test
    void theOwnerDeletesItWithItsSecretAndIndexEntries() {
        route.request()
                .keyId("01H6B3K9M2Q7R4S8T0V5W1X3Z4")
                .sendTo(route.handler)
                .problem(404, "not-found");
        assertNotNull(store.secret(id), "another key's delete changed nothing");
        assertEquals(204, route.request().sendTo(route.handler).status());
        assertNull(store.secret(id));
        assertTrue(store.matching(new MatchKey("speaker", "joe biden")).isEmpty());
        route.request().sendTo(route.handler).problem(404, "not-found");
    }
}
