package org.factcheck.claims.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.factcheck.claims.store.memory.InMemorySubscriptionStore;
import org.factcheck.claims.testing.Events.Response;
import org.junit.jupiter.api.Test;

/** POST /subscriptions/{subscriptionId}/secret from events/post-subscription-secret.json. */
class RotateSubscriptionSecretHandlerTest {
    private final SubscriptionRoute route =
            new SubscriptionRoute("post-subscription-secret.json", RotateSubscriptionSecretHandler::new);
    private final InMemorySubscriptionStore store = route.store;
    private final String id = route.id;
    /** The secret POST /subscriptions showed. */
    private final String original = store.secret(id).secret();

    @Test
    void theNewSecretIsShownOnceAndTheOldOneSignsFor24Hours() {
        Response r = route.request().sendTo(route.handler);
        assertEquals(200, r.status(), r.body());
        assertEquals("no-store", r.header("Cache-Control"));
        String secret = (String) r.json().get("secret");
        assertNotEquals(original, secret);
        InMemorySubscriptionStore.Secrets stored = store.secret(id);
        assertEquals(secret, stored.secret());
        assertEquals(original, stored.previousSecret());
        Instant rotated = Instant.parse((String) r.json().get("secretRotatedAt"));
        assertEquals(Duration.ofHours(24), Duration.between(rotated, Instant.parse(stored.previousExpiresAt())));
        assertEquals(stored.previousExpiresAt(), r.json().get("previousSecretExpiresAt"));
    }

    @Test
    void anotherKeyCannotRotateIt() {
        route.request()
                .keyId("01H6B3K9M2Q7R4S8T0V5W1X3Z6")
                .sendTo(route.handler)
                .problem(404, "not-found");
        assertEquals(original, store.secret(id).secret());
        assertTrue(store.secret(id).previousSecret() == null);
    }
}
