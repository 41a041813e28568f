package org.factcheck.claims.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.factcheck.claims.domain.HostResolver;
import org.factcheck.claims.domain.SubscriptionFilter.MatchKey;
import org.factcheck.claims.store.memory.InMemorySubscriptionStore;
import org.factcheck.claims.testing.Events;
import org.factcheck.claims.testing.Events.Response;
import org.junit.jupiter.api.Test;

/** POST /subscriptions from events/post-subscriptions.json, on the in-memory store and a table of DNS answers. */
class CreateSubscriptionHandlerTest {
    static final HostResolver DNS = host -> switch (host) {
        case "93.184.215.14" -> List.of(address("93.184.215.14"));
        case "hooks.newsroom.example" -> List.of(address("93.184.215.14"), address("2606:2800:21f::1"));
        case "rebinding.example" -> List.of(address("93.184.215.14"), address("10.1.2.3"));
        case "metadata.example" -> List.of(address("169.254.169.254"));
        case "127.0.0.1", "localhost" -> List.of(address("127.0.0.1"));
        default -> List.of();
    };

    private final InMemorySubscriptionStore store = new InMemorySubscriptionStore();
    private final CreateSubscriptionHandler handler = new CreateSubscriptionHandler(store, DNS, false);

    /** The body of POST /subscriptions as events/post-subscriptions.json sends it, on {@code store}. */
    static Map<String, Object> subscribe(InMemorySubscriptionStore store) {
        return Events.load("post-subscriptions.json")
                .sendTo(new CreateSubscriptionHandler(store, DNS, false))
                .json();
    }

    static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Events.Event withUrl(String url) {
        return Events.load("post-subscriptions.json")
                .body("{\"url\": \"" + url + "\", \"events\": [\"claim.created\"]}");
    }

    @Test
    void createsAnActiveSubscriptionAndShowsItsSecretOnce() {
        Response r = Events.load("post-subscriptions.json").sendTo(handler);
        assertEquals(201, r.status(), r.body());
        assertEquals("no-store", r.header("Cache-Control"));
        Map<String, Object> body = r.json();
        String id = (String) body.get("id");
        assertEquals("/v1/subscriptions/" + id, r.header("Location"));
        assertEquals("ACTIVE", body.get("status"));
        assertEquals("01H6B3K9M2Q7R4S8T0V5W1X3Y9", body.get("ownerKeyId"));
        assertEquals(
                Map.of("speakers", List.of("Joe Biden"), "ratings", List.of("FALSE", "MOSTLY_FALSE")),
                body.get("filter"));
        assertEquals(0, body.get("consecutiveFailures"));
        assertNull(body.get("lastDelivery"));
        String secret = (String) body.get("secret");
        assertTrue(secret.startsWith("whsec_"), secret);
        assertEquals(32, Base64.getDecoder().decode(secret.substring(6)).length);
        assertEquals(secret, store.secret(id).secret());
        assertEquals(java.util.Set.of(id), store.matching(new MatchKey("speaker", "joe biden")));
    }

    @Test
    void twoSubscriptionsGetDifferentSecrets() {
        Object a = Events.load("post-subscriptions.json").sendTo(handler).json().get("secret");
        Object b = Events.load("post-subscriptions.json").sendTo(handler).json().get("secret");
        assertTrue(!a.equals(b));
    }

    @Test
    void hostsThatResolveToNonPublicAddressesOrNotAtAllAre422() {
        for (String url : List.of(
                "https://rebinding.example/x",
                "https://metadata.example/latest",
                "https://localhost:8443/x",
                "https://127.0.0.1:8443/x",
                "https://unknown.example/x")) {
            Map<String, Object> problem = withUrl(url).sendTo(handler).problem(422, "url-not-allowed");
            @SuppressWarnings("unchecked")
            Map<String, Object> error = ((List<Map<String, Object>>) problem.get("errors")).getFirst();
            assertEquals("/url", error.get("pointer"), url);
        }
        assertEquals(0, store.listAll(100, null).items().size(), "nothing written");
    }

    @Test
    void urlShapesAreValidationErrorsBeforeAnyLookup() {
        HostResolver noLookups = host -> {
            throw new AssertionError("looked up " + host);
        };
        CreateSubscriptionHandler strict = new CreateSubscriptionHandler(store, noLookups, false);
        for (String url : List.of(
                "http://hooks.newsroom.example/x",
                "https://user@hooks.newsroom.example/x",
                "https://hooks.newsroom.example/x#f",
                "ftp://hooks.newsroom.example/")) {
            withUrl(url).sendTo(strict).problem(400, "validation");
        }
        withUrl("https://hooks.newsroom.example:80/x").sendTo(handler).problem(422, "url-not-allowed");
    }

    @Test
    void theDevelopmentServerAcceptsHttpOnLoopback() {
        CreateSubscriptionHandler local = new CreateSubscriptionHandler(store, DNS, true);
        assertEquals(201, withUrl("http://127.0.0.1:9000/hook").sendTo(local).status());
        assertEquals(201, withUrl("http://localhost:9000/hook").sendTo(local).status());
        withUrl("https://metadata.example/").sendTo(local).problem(422, "url-not-allowed");
    }

    @Test
    void theTwentySixthSubscriptionOfAKeyIsRefused() {
        for (int i = 0; i < CreateSubscriptionHandler.MAX_PER_KEY; i++) {
            assertEquals(
                    201, Events.load("post-subscriptions.json").sendTo(handler).status());
        }
        Map<String, Object> problem =
                Events.load("post-subscriptions.json").sendTo(handler).problem(409, "subscription-limit");
        assertEquals(25, problem.get("limit"));
        assertEquals(
                201,
                Events.load("post-subscriptions.json")
                        .keyId("01H6B3K9M2Q7R4S8T0V5W1X3Z0")
                        .sendTo(handler)
                        .status());
    }

    @Test
    void everyRoleMaySubscribeButNotWithoutAKey() {
        assertEquals(
                201,
                Events.load("post-subscriptions.json")
                        .role("factchecker")
                        .sendTo(handler)
                        .status());
        Events.load("post-subscriptions.json").role(null).sendTo(handler).problem(401, "unauthorized");
    }
}
