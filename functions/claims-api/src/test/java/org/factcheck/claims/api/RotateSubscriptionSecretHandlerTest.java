package org.factcheck.claims.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.factcheck.claims.store.memory.InMemorySubscriptionStore;
import org.factcheck.claims.testing.Events;
import org.factcheck.claims.testing.Events.Response;
import org.junit.jupiter.api.Test;

/** POST /subscriptions/{subscriptionId}/secret from events/post-subscription-secret.json. */
class RotateSubscriptionSecretHandlerTest {
    private final InMemorySubscriptionStore store = new InMemorySubscriptionStore();
    private final RotateSubscriptionSecretHandler handler = new RotateSubscriptionSecretHandler(store);
    private final Map<String, Object> created = CreateSubscriptionHandlerTest.subscribe(store);
    private final String id = (String) created.get("id");

    @Test
    void theNewSecretIsShownOnceAndTheOldOneSignsFor24Hours() {
        Response r = Events.load("post-subscription-secret.json")
                .pathParameter("subscriptionId", id)
                .sendTo(handler);
        assertEquals(200, r.status(), r.body());
        assertEquals("no-store", r.header("Cache-Control"));
        String secret = (String) r.json().get("secret");
        assertNotEquals(created.get("secret"), secret);
        InMemorySubscriptionStore.Secrets stored = store.secret(id);
        assertEquals(secret, stored.secret());
        assertEquals(created.get("secret"), stored.previousSecret());
        Instant rotated = Instant.parse((String) r.json().get("secretRotatedAt"));
        assertEquals(Duration.ofHours(24), Duration.between(rotated, Instant.parse(stored.previousExpiresAt())));
        assertEquals(stored.previousExpiresAt(), r.json().get("previousSecretExpiresAt"));
    }

    @Test
    void anotherKeyCannotRotateIt() {
        Events.load("post-subscription-secret.json")
                .pathParameter("subscriptionId", id)
                .keyId("01H6B3K9M2Q7R4S8T0V5W1X3Z6")
                .sendTo(handler)
                .problem(404, "not-found");
        assertEquals(created.get("secret"), store.secret(id).secret());
        assertTrue(store.secret(id).previousSecret() == null);
    }
}
