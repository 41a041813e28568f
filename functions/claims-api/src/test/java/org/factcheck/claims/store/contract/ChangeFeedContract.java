package org.factcheck.claims.store.contract;

import static org.factcheck.claims.store.contract.Claims.claim;
import static org.factcheck.claims.store.contract.Claims.rated;
import static org.factcheck.claims.store.contract.Claims.withStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factcheck.claims.api.ChangeEvents;
import org.factcheck.claims.domain.Appearance;
import org.factcheck.claims.domain.Claim;
import org.factcheck.claims.domain.ClaimStatus;
import org.factcheck.claims.domain.Rating;
import org.factcheck.claims.domain.Retraction;
import org.factcheck.claims.json.Json;
import org.factcheck.claims.store.ChangeEvent;
import org.factcheck.claims.store.ChangePage;
import org.factcheck.claims.store.ChangeQuery;
import org.factcheck.claims.store.ClaimStore;
import org.factcheck.claims.store.DuplicateClaimException;
import org.factcheck.claims.store.InvalidCursorException;
import org.factcheck.claims.store.VersionConflictException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ClaimStore} does with change events: one per change, stored with it or
 * not at all, and the feed serving each settled event once, in id order, across pages.
 * Run in memory (InMemoryChangeFeedTest) and on the emulator (DynamoDbChangeFeedIT).
 */
public abstract class ChangeFeedContract {
    protected ClaimStore store;

    protected abstract ClaimStore emptyStore();

    @BeforeEach
    public void empty() {
        store = emptyStore();
    }

    /** Every settled event of {@code store}, paged {@code limit} at a time, checking each page. */
    public static List<ChangeEvent> all(ClaimStore store, int limit, String type, String claimId, Instant settled) {
        List<ChangeEvent> out = new ArrayList<>();
        String cursor = null;
        for (int pages = 0; pages < 1000; pages++) {
            ChangePage page = store.changes(new ChangeQuery(cursor, limit, type, claimId, settled));
            assertTrue(page.items().size() <= limit);
            assertNotNull(page.nextCursor(), "a feed always says where to go on");
            out.addAll(page.items());
            cursor = page.nextCursor();
            if (!page.more()) {
                ChangePage after = store.changes(new ChangeQuery(cursor, limit, type, claimId, settled));
                assertEquals(List.of(), after.items(), "nothing after the end");
                assertFalse(after.more());
                return out;
            }
        }
        throw new AssertionError("the feed did not end");
    }

    /** Every event (its ids are of the present, see {@link Claims#now}). */
    public static List<ChangeEvent> all(ClaimStore store) {
        return all(store, 100, null, null, Instant.now().plusSeconds(1));
    }

    @Test
    public void everyChangeStoresOneEventWithIt() {
        Claim c = claim("Ada Lovelace", "Engines can compose music.", "Daily Planet");
        store.create(c, Claims.now(ChangeEvents.created(c)), null);
        Claim review = withStatus(c, ClaimStatus.IN_REVIEW);
        store.update(review, c.version(), List.of(), Claims.now(ChangeEvents.updated(c, review)), null);
        Appearance report = new Appearance("The Gazette", "https://example.org/g", null, null);
        Claim reported = review.withAppearances(List.of(report), Claims.tick());
        store.update(
                reported,
                review.version(),
                List.of(report),
                Claims.now(ChangeEvents.appearancesAdded(review, reported, List.of(report))),
                null);
        Claim first = rated(reported, Rating.FALSE);
        store.publishVerdict(first, reported.version(), Claims.now(ChangeEvents.verdict(reported, first)), null);
        Claim revised = rated(first, Rating.TRUE);
        store.publishVerdict(revised, first.version(), Claims.now(ChangeEvents.verdict(first, revised)), null);
        Claim retracted = withStatus(revised, ClaimStatus.RETRACTED);
        retracted = new Claim(
                retracted.id(),
                retracted.statement(),
                retracted.speaker(),
                retracted.appearances(),
                retracted.claimDate(),
                retracted.language(),
                retracted.topics(),
                retracted.context(),
                retracted.status(),
                retracted.verdict(),
                new Retraction("wrong", retracted.updatedAt(), Claims.CALLER),
                retracted.version(),
                retracted.createdAt(),
                retracted.updatedAt(),
                retracted.submittedBy(),
                retracted.duplicateKey());
        store.update(
                retracted, revised.version(), List.of(), Claims.now(ChangeEvents.updated(revised, retracted)), null);

        List<ChangeEvent> events = all(store);
        assertEquals(Claims.WHOLE_LIFE, events.stream().map(ChangeEvent::type).toList());
        ChangeEvent updated = events.get(1);
        assertEquals("UNVERIFIED", updated.previousStatus());
        assertEquals("IN_REVIEW", updated.status());
        assertEquals(List.of("Daily Planet", "The Gazette"), events.get(2).outlets());
        assertEquals("TRUE", events.get(4).rating());
        assertEquals("Ada Lovelace", events.get(0).speaker());
        Map<?, ?> body = (Map<?, ?>) Json.parse(events.get(4).body());
        assertEquals("verdict.revised", body.get("type"));
        Map<?, ?> data = (Map<?, ?>) body.get("data");
        assertEquals(5, ((Number) ((Map<?, ?>) data.get("claim")).get("version")).intValue());
        assertEquals(2, ((Number) ((Map<?, ?>) data.get("verdict")).get("revision")).intValue());
        Map<?, ?> retraction = (Map<?, ?>) Json.parse(events.get(5).body());
        assertEquals("RATED", ((Map<?, ?>) retraction.get("data")).get("previousStatus"));
    }

    @Test
    public void aRefusedChangeStoresNoEvent() {
        Claim c = claim("Ada Lovelace", "Refused changes.");
        store.create(c, Claims.now(ChangeEvents.created(c)), null);
        Claim again = claim("Ada Lovelace", "Refused changes.");
        assertThrows(
                DuplicateClaimException.class,
                () -> store.create(again, Claims.now(ChangeEvents.created(again)), null));
        Claim review = withStatus(c, ClaimStatus.IN_REVIEW);
        Claim stale = withStatus(c, ClaimStatus.IN_REVIEW);
        store.update(review, c.version(), List.of(), Claims.now(ChangeEvents.updated(c, review)), null);
        assertThrows(
                VersionConflictException.class,
                () -> store.update(stale, c.version(), List.of(), Claims.now(ChangeEvents.updated(c, stale)), null));
        assertEquals(
                List.of("claim.created", "claim.updated"),
                all(store).stream().map(ChangeEvent::type).toList());
    }

    @Test
    public void pagesServeEveryEventOnceInIdOrderWithFilters() {
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Claim c = claim("Speaker " + i, "Paged " + i + ".");
            store.create(c, Claims.now(ChangeEvents.created(c)), null);
            claims.add(c);
        }
        Claim review = withStatus(claims.get(3), ClaimStatus.IN_REVIEW);
        store.update(review, 1, List.of(), Claims.now(ChangeEvents.updated(claims.get(3), review)), null);
        List<ChangeEvent> everything = all(store);
        assertEquals(13, everything.size());
        List<String> ids = everything.stream().map(ChangeEvent::id).toList();
        assertEquals(ids.stream().sorted().toList(), ids, "oldest first");
        Instant settled = Instant.now().plusSeconds(1);
        for (int limit : new int[] {1, 5, 13}) {
            assertEquals(
                    ids,
                    all(store, limit, null, null, settled).stream()
                            .map(ChangeEvent::id)
                            .toList());
        }
        assertEquals(
                List.of(ids.get(3), ids.get(12)),
                all(store, 1, null, claims.get(3).id(), settled).stream()
                        .map(ChangeEvent::id)
                        .toList());
        assertEquals(
                List.of(ids.get(12)),
                all(store, 2, "claim.updated", null, settled).stream()
                        .map(ChangeEvent::id)
                        .toList());
    }

    @Test
    public void onlySettledEventsAreServedAndTheRestFollowLater() {
        Claim early = claim("Ada Lovelace", "Settled early.");
        store.create(early, Claims.now(ChangeEvents.created(early)), null);
        pause();
        Instant horizon = Instant.now();
        pause();
        Claim late = claim("Ada Lovelace", "Settles later.");
        store.create(late, Claims.now(ChangeEvents.created(late)), null);
        ChangePage first = store.changes(new ChangeQuery(null, 10, null, null, horizon));
        assertEquals(
                List.of(early.id()),
                first.items().stream().map(ChangeEvent::claimId).toList());
        assertFalse(first.more());
        // The cursor stopped at the horizon: an event younger than it comes on the next page, once settled.
        ChangePage next = store.changes(new ChangeQuery(
                first.nextCursor(), 10, null, null, Instant.now().plusSeconds(1)));
        assertEquals(
                List.of(late.id()),
                next.items().stream().map(ChangeEvent::claimId).toList());
        Set<String> seen = new HashSet<>();
        for (ChangePage p : List.of(first, next)) p.items().forEach(e -> assertTrue(seen.add(e.id())));
    }

    @Test
    public void aForeignCursorIsRefused() {
        Claim a = claim("Ada Lovelace", "A.");
        Claim b = claim("Ada Lovelace", "B.");
        store.create(a, Claims.now(ChangeEvents.created(a)), null);
        store.create(b, Claims.now(ChangeEvents.created(b)), null);
        String claimCursor = store.list(ClaimListingContract.query(null, null, null, null, null, 1, null))
                .nextCursor();
        Instant now = Instant.now();
        for (String cursor : List.of("not-a-cursor", claimCursor)) {
            assertThrows(
                    InvalidCursorException.class,
                    () -> store.changes(new ChangeQuery(cursor, 10, null, null, now)),
                    cursor);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(3);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
