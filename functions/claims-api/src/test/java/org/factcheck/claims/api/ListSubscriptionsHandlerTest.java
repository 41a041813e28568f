package org.factcheck.claims.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.factcheck.claims.store.memory.InMemorySubscriptionStore;
import org.factcheck.claims.testing.Events;
import org.factcheck.claims.testing.Events.Response;
import org.junit.jupiter.api.Test;

/** GET /subscriptions from events/get-subscriptions.json: a key's own, or every key's for admins. */
class ListSubscriptionsHandlerTest {
    private static final String OTHER_KEY = "01H6B3K9M2Q7R4S8T0V5W1X3Z1";
    private final InMemorySubscriptionStore store = new InMemorySubscriptionStore();
    private final ListSubscriptionsHandler handler = new ListSubscriptionsHandler(store);
    private final CreateSubscriptionHandler create =
            new CreateSubscriptionHandler(store, CreateSubscriptionHandlerTest.DNS, false);

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Response r) {
        assertEquals(200, r.status(), r.body());
        return (List<Map<String, Object>>) r.json().get("items");
    }

    @Test
    void aKeyListsOnlyItsOwnWithoutSecrets() {
        String mine = (String)
                Events.load("post-subscriptions.json").sendTo(create).json().get("id");
        Events.load("post-subscriptions.json").keyId(OTHER_KEY).sendTo(create);
        List<Map<String, Object>> items =
                items(Events.load("get-subscriptions.json").sendTo(handler));
        assertEquals(1, items.size());
        assertEquals(mine, items.getFirst().get("id"));
        assertFalse(items.getFirst().containsKey("secret"));
    }

    @Test
    void adminsListEveryKeysWithAllTrueAndOthersMayNot() {
        Events.load("post-subscriptions.json").sendTo(create);
        Events.load("post-subscriptions.json").keyId(OTHER_KEY).sendTo(create);
        assertEquals(
                2,
                items(Events.load("get-subscriptions.json")
                                .role("admin")
                                .query("all", "true")
                                .sendTo(handler))
                        .size());
        assertEquals(
                0,
                items(Events.load("get-subscriptions.json")
                                .role("admin")
                                .keyId("01H6B3K9M2Q7R4S8T0V5W1X3Z2")
                                .query("all", "false")
                                .sendTo(handler))
                        .size());
        Events.load("get-subscriptions.json")
                .query("all", "true")
                .sendTo(handler)
                .problem(403, "forbidden");
        for (var bad : List.of(Map.entry("all", "yes"), Map.entry("owner", "x"), Map.entry("cursor", "bogus"))) {
            Events.load("get-subscriptions.json")
                    .query(bad.getKey(), bad.getValue())
                    .sendTo(handler)
                    .problem(400, "invalid-parameter");
        }
    }

    @Test
    void pagesWithCursors() {
        for (int i = 0; i < 3; i++) Events.load("post-subscriptions.json").sendTo(create);
        Response first =
                Events.load("get-subscriptions.json").query("limit", "2").sendTo(handler);
        assertEquals(2, items(first).size());
        String cursor = (String) first.json().get("nextCursor");
        assertEquals(
                1,
                items(Events.load("get-subscriptions.json")
                                .query("limit", "2", "cursor", cursor)
                                .sendTo(handler))
                        .size());
    }
}
