package org.factcheck.claims.store.contract;

import static org.factcheck.claims.store.contract.Claims.claim;
import static org.factcheck.claims.store.contract.Claims.event;
import static org.factcheck.claims.store.contract.Claims.rated;
import static org.factcheck.claims.store.contract.Claims.withStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.factcheck.claims.domain.Claim;
import org.factcheck.claims.domain.ClaimStatus;
import org.factcheck.claims.domain.Rating;
import org.factcheck.claims.domain.TextNormalizer;
import org.factcheck.claims.store.ClaimQuery;
import org.factcheck.claims.store.ClaimStore;
import org.factcheck.claims.store.InvalidCursorException;
import org.factcheck.claims.store.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link ClaimStore#list} answers, on every store: newest first by the index of the
 * most selective filter, the other filters applied to the entries a page read, and cursors
 * that only continue the query they came from. Whether a last page that is exactly full
 * carries a cursor is not pinned: DynamoDB may give one (to an empty page), the emulator does not.
 */
public abstract class ClaimListingContract {
    protected ClaimStore store;

    protected abstract ClaimStore emptyStore();

    @BeforeEach
    public void empty() {
        store = emptyStore();
    }

    static ClaimQuery query(
            ClaimStatus status, Rating rating, String speaker, String outlet, String since, int limit, String cursor) {
        return new ClaimQuery(
                status,
                rating,
                speaker == null ? null : TextNormalizer.normalize(speaker),
                outlet == null ? null : TextNormalizer.normalize(outlet),
                since,
                limit,
                cursor);
    }

    /** Every page of a query, in order; fails on a page without progress at the end. */
    private List<Claim> all(ClaimQuery first) {
        List<Claim> out = new ArrayList<>();
        String cursor = null;
        for (int pages = 0; pages < 50; pages++) {
            Page<Claim> page = store.list(new ClaimQuery(
                    first.status(),
                    first.rating(),
                    first.speaker(),
                    first.outlet(),
                    first.since(),
                    first.limit(),
                    cursor));
            out.addAll(page.items());
            cursor = page.nextCursor();
            if (cursor == null) return out;
        }
        throw new AssertionError("no last page");
    }

    private Claim stored(Claim c) {
        store.create(c, event(c), null);
        return c;
    }

    private Claim updated(Claim from, Claim to) {
        store.update(to, from.version(), List.of(), event(to), null);
        return to;
    }

    @Test
    public void allClaimsNewestFirstInPages() {
        List<Claim> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) made.add(stored(claim("Speaker " + i, "Statement " + i + ".")));
        Page<Claim> first = store.list(query(null, null, null, null, null, 2, null));
        assertEquals(List.of(made.get(4), made.get(3)), first.items());
        assertNotNull(first.nextCursor());
        Page<Claim> second = store.list(query(null, null, null, null, null, 2, first.nextCursor()));
        assertEquals(List.of(made.get(2), made.get(1)), second.items());
        assertEquals(made.reversed(), all(query(null, null, null, null, null, 2, null)));
        assertEquals(
                made.reversed(),
                store.list(query(null, null, null, null, null, 10, null)).items());
        assertEquals(
                List.of(),
                emptyStore().list(query(null, null, null, null, null, 10, null)).items());
    }

    @Test
    public void eachFilterAloneReadsItsIndex() {
        Claim a = stored(claim("Ada Lovelace", "A.", "Daily Planet", "The Gazette"));
        Claim b = stored(claim("Charles Babbage", "B.", "The Gazette"));
        Claim c = stored(claim("Ada Lovelace", "C."));
        Claim aReview = updated(a, withStatus(a, ClaimStatus.IN_REVIEW));
        Claim aRated = rated(aReview, Rating.FALSE);
        store.publishVerdict(aRated, aReview.version(), event(aRated), null);
        Claim bReview = updated(b, withStatus(b, ClaimStatus.IN_REVIEW));

        assertEquals(List.of(c, aRated), all(query(null, null, "ADA lovelace", null, null, 1, null)));
        assertEquals(List.of(bReview, aRated), all(query(null, null, null, "the  GAZETTE", null, 1, null)));
        assertEquals(List.of(aRated), all(query(null, null, null, "Daily Planet", null, 1, null)));
        assertEquals(List.of(aRated), all(query(null, Rating.FALSE, null, null, null, 1, null)));
        assertEquals(List.of(), all(query(null, Rating.TRUE, null, null, null, 1, null)));
        assertEquals(List.of(bReview), all(query(ClaimStatus.IN_REVIEW, null, null, null, null, 1, null)));
        assertEquals(List.of(c), all(query(ClaimStatus.UNVERIFIED, null, null, null, null, 1, null)));
        assertEquals(List.of(), all(query(null, null, "Nobody", null, null, 1, null)));
    }

    @Test
    public void sinceListsByLastUpdateNewestFirst() {
        Claim a = stored(claim("Ada Lovelace", "A."));
        Claim b = stored(claim("Ada Lovelace", "B."));
        String since = Claims.tick();
        Claim c = stored(claim("Ada Lovelace", "C."));
        Claim aChanged = updated(a, withStatus(a, ClaimStatus.IN_REVIEW));
        assertEquals(List.of(aChanged, c), all(query(null, null, null, null, since, 1, null)));
        assertEquals(
                List.of(c, aChanged),
                all(query(null, null, "Ada Lovelace", null, since, 1, null)),
                "since as a filter: the speaker's index, newest created first");
        assertEquals(
                List.of(aChanged, c, b),
                all(query(
                        null,
                        null,
                        null,
                        null,
                        a.createdAt().compareTo(b.createdAt()) < 0 ? b.createdAt() : a.createdAt(),
                        10,
                        null)));
        assertEquals(List.of(), all(query(null, null, null, null, "9999-12-31T00:00:00.000Z", 10, null)));
    }

    @Test
    public void otherFiltersNarrowThePageAfterTheIndexReadIt() {
        Claim old1 = stored(claim("Ada Lovelace", "Old 1.", "Daily Planet"));
        Claim old2 = stored(claim("Ada Lovelace", "Old 2.", "Daily Planet"));
        stored(claim("Ada Lovelace", "New 1.", "Daily Planet"));
        stored(claim("Ada Lovelace", "New 2.", "The Gazette"));
        Claim r1 = updated(old1, withStatus(old1, ClaimStatus.IN_REVIEW));
        Claim r2 = updated(old2, withStatus(old2, ClaimStatus.IN_REVIEW));

        // The two newest entries of the speaker's index are read and both filtered out: an empty page, with more to
        // come.
        Page<Claim> first = store.list(query(ClaimStatus.IN_REVIEW, null, "Ada Lovelace", null, null, 2, null));
        assertEquals(List.of(), first.items());
        assertNotNull(first.nextCursor());
        assertEquals(
                List.of(r2, r1),
                store.list(query(ClaimStatus.IN_REVIEW, null, "Ada Lovelace", null, null, 2, first.nextCursor()))
                        .items());
        assertEquals(List.of(r2, r1), all(query(ClaimStatus.IN_REVIEW, null, null, "Daily Planet", null, 1, null)));
        assertEquals(
                List.of(r2, r1),
                all(query(ClaimStatus.IN_REVIEW, null, "Ada Lovelace", "Daily Planet", null, 3, null)));
        assertEquals(
                3,
                all(query(null, null, "Ada Lovelace", "Daily Planet", null, 3, null))
                        .size());
    }

    @Test
    public void aCursorContinuesOnlyTheQueryItCameFrom() {
        for (int i = 0; i < 3; i++) stored(claim("Ada Lovelace", "A" + i + ".", "Daily Planet"));
        for (int i = 0; i < 3; i++) stored(claim("Charles Babbage", "B" + i + ".", "The Gazette"));
        String bySpeaker = store.list(query(null, null, "Ada Lovelace", null, null, 1, null))
                .nextCursor();
        String byCreated =
                store.list(query(null, null, null, null, null, 1, null)).nextCursor();
        String byOutlet = store.list(query(null, null, null, "Daily Planet", null, 1, null))
                .nextCursor();
        String byStatus = store.list(query(ClaimStatus.UNVERIFIED, null, null, null, null, 1, null))
                .nextCursor();
        assertTrue(bySpeaker != null && byCreated != null && byOutlet != null && byStatus != null);
        assertEquals(
                1,
                store.list(query(null, null, "Ada Lovelace", null, null, 1, bySpeaker))
                        .items()
                        .size());
        for (ClaimQuery wrong : List.of(
                query(null, null, "Charles Babbage", null, null, 1, bySpeaker),
                query(null, null, null, null, null, 1, bySpeaker),
                query(null, null, null, "The Gazette", null, 1, byOutlet),
                query(null, null, null, null, "2026-01-01T00:00:00.000Z", 1, byCreated),
                query(ClaimStatus.IN_REVIEW, null, null, null, null, 1, byStatus),
                query(null, Rating.FALSE, null, null, null, 1, byStatus),
                query(null, null, null, null, null, 1, "bm90IGEgY3Vyc29y"),
                query(null, null, null, null, null, 1, "%%%"),
                query(null, null, null, null, null, 1, "x".repeat(3000)))) {
            assertThrows(InvalidCursorException.class, () -> store.list(wrong), wrong.toString());
        }
    }

    @Test
    public void aNameLongerThanAnyKeyFindsNothing() {
        stored(claim("Ada Lovelace", "A."));
        assertEquals(
                new Page<>(List.of(), null), store.list(query(null, null, "a".repeat(2049), null, null, 10, null)));
        assertEquals(
                new Page<>(List.of(), null), store.list(query(null, null, null, "a".repeat(2049), null, 10, null)));
    }
}
