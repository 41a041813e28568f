package org.factcheck.claims.store.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.factcheck.claims.domain.ClaimStatus;
import org.factcheck.claims.domain.NewSubscription;
import org.factcheck.claims.domain.Rating;
import org.factcheck.claims.domain.Subscription;
import org.factcheck.claims.domain.SubscriptionFilter;
import org.factcheck.claims.domain.SubscriptionStatus;
import org.factcheck.claims.domain.Ulid;
import org.factcheck.claims.store.InvalidCursorException;
import org.factcheck.claims.store.Page;
import org.factcheck.claims.store.SubscriptionLimitException;
import org.factcheck.claims.store.SubscriptionStore;
import org.factcheck.claims.store.VersionConflictException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SubscriptionStore} does, against the in-memory store and the DynamoDB
 * store on the emulator, each empty per test.
 */
public abstract class SubscriptionStoreContract {
    private static final String NOW = "2026-11-29T12:00:00.000Z";
    private static long clock = 1_764_000_000_000L;
    protected SubscriptionStore store;

    protected abstract SubscriptionStore emptySubscriptionStore();

    @BeforeEach
    public void empty() {
        store = emptySubscriptionStore();
    }

    protected static synchronized Subscription subscription(String owner, SubscriptionFilter filter) {
        return Subscription.created(
                Ulid.next(clock++),
                owner,
                new NewSubscription("https://93.184.215.14/hook", List.of("claim.created"), filter, "desk"),
                NOW);
    }

    /** {@code count} subscriptions of {@code owner} (the store allowing {@code maxPerKey}), created oldest first. */
    private List<Subscription> created(String owner, int count, int maxPerKey) {
        List<Subscription> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Subscription s = subscription(owner, SubscriptionFilter.ALL);
            store.create(s, "whsec_" + i, maxPerKey);
            made.add(s);
        }
        return made;
    }

    private List<String> allIds(String owner, int pageSize) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            Page<Subscription> page =
                    owner == null ? store.listAll(pageSize, cursor) : store.list(owner, pageSize, cursor);
            page.items().forEach(s -> ids.add(s.id()));
            cursor = page.nextCursor();
        } while (cursor != null);
        return ids;
    }

    @Test
    void aCreatedSubscriptionIsFoundByItsOwnerOnly() {
        Subscription s = subscription(
                "key-a",
                new SubscriptionFilter(
                        List.of(), List.of("Joe Biden"), List.of(), List.of(ClaimStatus.RATED), List.of(Rating.FALSE)));
        store.create(s, "whsec_x", 25);
        assertEquals(s, store.find("key-a", s.id()).orElseThrow());
        assertTrue(store.find("key-b", s.id()).isEmpty());
        assertTrue(store.find("key-a", Ulid.next(clock++)).isEmpty());
    }

    @Test
    void listsAreNewestFirstPerOwnerAndAllForAdmins() {
        List<String> a =
                created("key-a", 5, 25).stream().map(Subscription::id).toList().reversed();
        Subscription b = subscription("key-b", SubscriptionFilter.ALL);
        store.create(b, "whsec_b", 25);
        assertEquals(a, allIds("key-a", 2));
        assertEquals(List.of(b.id()), allIds("key-b", 2));
        assertEquals(List.of(), allIds("key-c", 2));
        List<String> everyone = new ArrayList<>(a);
        everyone.addFirst(b.id());
        assertEquals(everyone, allIds(null, 4));
    }

    @Test
    void cursorsOfAnotherOwnerOrListAreRefused() {
        created("key-a", 3, 25);
        String cursor = store.list("key-a", 1, null).nextCursor();
        assertThrows(InvalidCursorException.class, () -> store.list("key-b", 1, cursor));
        assertThrows(InvalidCursorException.class, () -> store.listAll(1, cursor));
        String allCursor = store.listAll(1, null).nextCursor();
        assertThrows(InvalidCursorException.class, () -> store.list("key-a", 1, allCursor));
        assertThrows(InvalidCursorException.class, () -> store.list("key-a", 1, "bm9wZQ"));
    }

    @Test
    void theLimitIsPerKeyAndDeletingFreesASlot() {
        List<Subscription> made = created("key-a", 3, 3);
        Subscription fourth = subscription("key-a", SubscriptionFilter.ALL);
        assertThrows(SubscriptionLimitException.class, () -> store.create(fourth, "whsec_4", 3));
        assertTrue(store.find("key-a", fourth.id()).isEmpty(), "nothing written");
        store.create(subscription("key-b", SubscriptionFilter.ALL), "whsec_b", 3);
        assertTrue(store.delete("key-a", made.getFirst().id()));
        store.create(fourth, "whsec_4", 3);
        assertEquals(3, allIds("key-a", 10).size());
    }

    @Test
    void onlyTheOwnerDeletesAndDeletingTwiceFindsNothing() {
        Subscription s = subscription("key-a", SubscriptionFilter.ALL);
        store.create(s, "whsec_x", 25);
        assertFalse(store.delete("key-b", s.id()));
        assertTrue(store.find("key-a", s.id()).isPresent());
        assertTrue(store.delete("key-a", s.id()));
        assertFalse(store.delete("key-a", s.id()));
        assertTrue(store.find("key-a", s.id()).isEmpty());
    }

    @Test
    void updatesAreConditionalOnTheVersionRead() {
        Subscription s = subscription("key-a", SubscriptionFilter.ALL);
        store.create(s, "whsec_x", 25);
        Subscription paused = new Subscription(
                s.id(),
                s.ownerKeyId(),
                s.url(),
                List.of("claim.retracted"),
                new SubscriptionFilter(List.of(), List.of(), List.of("AP"), List.of(), List.of()),
                null,
                SubscriptionStatus.PAUSED,
                "paused by its owner",
                s.createdAt(),
                NOW,
                null,
                null,
                null,
                null,
                0,
                s.version() + 1);
        store.update(s, paused);
        assertEquals(paused, store.find("key-a", s.id()).orElseThrow());
        assertThrows(VersionConflictException.class, () -> store.update(s, paused));
        assertEquals(paused, store.find("key-a", s.id()).orElseThrow());
    }

    @Test
    void rotationIsTheOwnersAndRecordsWhenTheOldSecretStops() {
        Subscription s = subscription("key-a", SubscriptionFilter.ALL);
        store.create(s, "whsec_old", 25);
        assertTrue(store.rotateSecret("key-b", s.id(), "whsec_evil", NOW, NOW).isEmpty());
        Subscription rotated = store.rotateSecret(
                        "key-a", s.id(), "whsec_new", "2026-11-29T13:00:00.000Z", "2026-11-30T13:00:00.000Z")
                .orElseThrow();
        assertEquals("2026-11-29T13:00:00.000Z", rotated.secretRotatedAt());
        assertEquals("2026-11-30T13:00:00.000Z", rotated.previousSecretExpiresAt());
        assertEquals(s.version() + 1, rotated.version());
        assertEquals(rotated, store.find("key-a", s.id()).orElseThrow());
        assertTrue(store.rotateSecret("key-a", Ulid.next(clock++), "whsec_x", NOW, NOW)
                .isEmpty());
    }
}
