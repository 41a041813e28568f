package org.factcheck.claims.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factcheck.claims.domain.SubscriptionFilter.MatchKey;
import org.factcheck.claims.store.memory.InMemorySubscriptionStore;
import org.factcheck.claims.testing.Events;
import org.junit.jupiter.api.Test;

/** DELETE /subscriptions/{subscriptionId} from events/delete-subscription.json. */
class DeleteSubscriptionHandlerTest {
    private final InMemorySubscriptionStore store = new InMemorySubscriptionStore();
    private final DeleteSubscriptionHandler handler = new DeleteSubscriptionHandler(store);
    private final String id =
            (String) CreateSubscriptionHandlerTest.subscribe(store).get("id");

    @Test
    void theOwnerDeletesItWithItsSecretAndIndexEntries() {
        Events.load("delete-subscription.json")
                .pathParameter("subscriptionId", id)
                .keyId("01H6B3K9M2Q7R4S8T0V5W1X3Z4")
                .sendTo(handler)
                .problem(404, "not-found");
        assertNotNull(store.secret(id), "another key's delete changed nothing");
        assertEquals(
                204,
                Events.load("delete-subscription.json")
                        .pathParameter("subscriptionId", id)
                        .sendTo(handler)
                        .status());
        assertNull(store.secret(id));
        assertTrue(store.matching(new MatchKey("speaker", "joe biden")).isEmpty());
        Events.load("delete-subscription.json")
                .pathParameter("subscriptionId", id)
                .sendTo(handler)
                .problem(404, "not-found");
    }
}
