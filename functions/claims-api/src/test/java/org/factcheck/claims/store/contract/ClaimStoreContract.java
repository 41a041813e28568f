package org.factcheck.claims.store.contract;

import static org.factcheck.claims.store.contract.Claims.claim;
import static org.factcheck.claims.store.contract.Claims.event;
import static org.factcheck.claims.store.contract.Claims.rated;
import static org.factcheck.claims.store.contract.Claims.response;
import static org.factcheck.claims.store.contract.Claims.withStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.factcheck.claims.domain.Appearance;
import org.factcheck.claims.domain.Claim;
import org.factcheck.claims.domain.ClaimStatus;
import org.factcheck.claims.domain.Rating;
import org.factcheck.claims.domain.Verdict;
import org.factcheck.claims.store.ArticleImport;
import org.factcheck.claims.store.ClaimStore;
import org.factcheck.claims.store.DuplicateClaimException;
import org.factcheck.claims.store.IdempotencyConflictException;
import org.factcheck.claims.store.InvalidCursorException;
import org.factcheck.claims.store.Page;
import org.factcheck.claims.store.StoredResponse;
import org.factcheck.claims.store.VersionConflictException;
import org.factcheck.claims.store.WriteTooLargeException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ClaimStore} does: writes and their conditions. Run against the
 * in-memory store (InMemoryClaimStoreTest) and the DynamoDB store on the emulator
 * (DynamoDbClaimStoreIT), each with an empty store per test. Listing: ClaimListingContract.
 */
public abstract class ClaimStoreContract {
    protected ClaimStore store;

    /** An empty store. */
    protected abstract ClaimStore emptyStore();

    @BeforeEach
    public void empty() {
        store = emptyStore();
    }

    @Test
    public void aCreatedClaimReadsBackEqual() {
        Claim c = claim("Ada Lovelace", "Engines can compose music.", "Daily Planet");
        store.create(c, event(c), null);
        assertEquals(Optional.of(c), store.find(c.id()));
        assertEquals(
                Optional.empty(), store.find(claim("Nobody", "Never stored.").id()));
    }

    @Test
    public void theSameStatementBySameSpeakerIsADuplicateOfTheStoredClaim() {
        Claim first = claim("Ada Lovelace", "Engines can compose music.");
        store.create(first, event(first), null);
        Claim again = claim("Ada Lovelace", "Engines can compose music.");
        DuplicateClaimException e =
                assertThrows(DuplicateClaimException.class, () -> store.create(again, event(again), response("dup")));
        assertEquals(first.id(), e.existingClaimId());
        assertEquals(Optional.empty(), store.find(again.id()), "nothing written");
        assertEquals(Optional.empty(), store.findResponse("dup"), "nor the idempotency record");
    }

    @Test
    public void anIdempotencyKeyIsUsedOnceAndGoesFirst() {
        Claim c = claim("Ada Lovelace", "Engines can compose music.");
        StoredResponse record = response("key-1");
        store.create(c, event(c), record);
        assertEquals(Optional.of(record), store.findResponse("key-1"));
        Claim other = claim("Charles Babbage", "The engine is analytical.");
        assertThrows(IdempotencyConflictException.class, () -> store.create(other, event(other), response("key-1")));
        assertEquals(Optional.empty(), store.find(other.id()));
        // A retry of the same create meets its own record before its own duplicate marker.
        assertThrows(IdempotencyConflictException.class, () -> store.create(c, event(c), response("key-1")));
        assertThrows(
                IdempotencyConflictException.class,
                () -> store.update(
                        withStatus(c, ClaimStatus.IN_REVIEW),
                        c.version(),
                        List.of(),
                        event(withStatus(c, ClaimStatus.IN_REVIEW)),
                        response("key-1")));
        assertEquals(Optional.of(c), store.find(c.id()));
        assertEquals(Optional.empty(), store.findResponse("key-2"));
    }

    @Test
    public void anExpiredIdempotencyRecordIsAbsentAndMayBeReplaced() {
        long past = Instant.now().getEpochSecond() - 60;
        Claim c = claim("Ada Lovelace", "Engines can compose music.");
        store.create(c, event(c), response("old", past));
        assertEquals(Optional.empty(), store.findResponse("old"));
        StoredResponse fresh = response("old");
        store.update(
                withStatus(c, ClaimStatus.IN_REVIEW),
                c.version(),
                List.of(),
                event(withStatus(c, ClaimStatus.IN_REVIEW)),
                fresh);
        assertEquals(Optional.of(fresh), store.findResponse("old"));
    }

    @Test
    public void findAllAndFindDuplicatesAnswerOnlyForWhatIsStored() {
        Claim a = claim("Ada Lovelace", "First.");
        Claim b = claim("Ada Lovelace", "Second.");
        store.create(a, event(a), null);
        store.create(b, event(b), null);
        String missing = claim("Nobody", "Never stored.").id();
        assertEquals(Set.of(a, b), Set.copyOf(store.findAll(List.of(a.id(), missing, b.id(), a.id()))));
        assertEquals(List.of(), store.findAll(List.of(missing)));
        assertEquals(
                Map.of(a.duplicateKey(), a.id(), b.duplicateKey(), b.id()),
                store.findDuplicates(List.of(a.duplicateKey(), "no-such-key", b.duplicateKey(), a.duplicateKey())));
        assertEquals(Map.of(), store.findDuplicates(List.of()));
    }

    @Test
    public void anUpdateNeedsTheVersionItWasReadAt() {
        Claim c = claim("Ada Lovelace", "Engines can compose music.", "Daily Planet");
        store.create(c, event(c), null);
        Claim v2 = withStatus(c, ClaimStatus.IN_REVIEW);
        store.update(v2, 1, List.of(), event(v2), null);
        assertEquals(Optional.of(v2), store.find(c.id()));
        Claim stale = withStatus(c, ClaimStatus.RETRACTED);
        assertThrows(
                VersionConflictException.class, () -> store.update(stale, 1, List.of(), event(stale), response("k")));
        assertEquals(Optional.of(v2), store.find(c.id()));
        assertEquals(Optional.empty(), store.findResponse("k"), "a refused write keeps no idempotency record");
        Claim ghost = claim("Nobody", "Never stored.");
        assertThrows(VersionConflictException.class, () -> store.update(ghost, 1, List.of(), event(ghost), null));
        assertEquals(Optional.empty(), store.find(ghost.id()));
    }

    @Test
    public void anUpdateIndexesItsAddedAppearances() {
        Claim c = claim("Ada Lovelace", "Engines can compose music.", "Daily Planet");
        store.create(c, event(c), null);
        Appearance added = new Appearance("The Gazette", "https://example.org/g", "Headline", null);
        Claim v2 = c.withAppearances(List.of(added), Claims.tick());
        store.update(v2, 1, List.of(added), event(v2), null);
        assertEquals(
                List.of(v2),
                store.list(ClaimListingContract.query(null, null, null, "the gazette", null, 10, null))
                        .items());
    }

    @Test
    public void aPublishedVerdictJoinsTheHistoryNewestFirst() {
        Claim c = withStatus(claim("Ada Lovelace", "Engines can compose music."), ClaimStatus.IN_REVIEW);
        store.create(c, event(c), null);
        assertEquals(Optional.of(new Page<>(List.of(), null)), store.verdicts(c.id(), 10, null));
        Claim r1 = rated(c, Rating.MOSTLY_TRUE);
        store.publishVerdict(r1, c.version(), event(r1), response("v1"));
        Claim r2 = rated(r1, Rating.FALSE);
        store.publishVerdict(r2, r1.version(), event(r2), null);
        Claim r3 = rated(r2, Rating.TRUE);
        store.publishVerdict(r3, r2.version(), event(r3), null);
        assertEquals(Optional.of(r3), store.find(c.id()));
        assertTrue(store.findResponse("v1").isPresent());

        Page<Verdict> first = store.verdicts(c.id(), 2, null).orElseThrow();
        assertEquals(List.of(r3.verdict(), r2.verdict()), first.items());
        assertNotNull(first.nextCursor());
        Page<Verdict> second = store.verdicts(c.id(), 2, first.nextCursor()).orElseThrow();
        assertEquals(List.of(r1.verdict()), second.items());
        assertNull(second.nextCursor());
        Page<Verdict> exact = store.verdicts(c.id(), 3, null).orElseThrow();
        assertEquals(3, exact.items().size());
        assertNull(exact.nextCursor(), "no cursor when the claim follows the last verdict");

        Claim stale = rated(r2, Rating.MIXED);
        assertThrows(
                VersionConflictException.class, () -> store.publishVerdict(stale, r2.version(), event(stale), null));
        assertEquals(3, store.verdicts(c.id(), 10, null).orElseThrow().items().size());
    }

    @Test
    public void verdictsOfNoClaimAreAbsentAndCursorsBelongToTheirClaim() {
        assertEquals(
                Optional.empty(),
                store.verdicts(claim("Nobody", "Never stored.").id(), 10, null));
        Claim a = withStatus(claim("Ada Lovelace", "A."), ClaimStatus.IN_REVIEW);
        Claim b = withStatus(claim("Ada Lovelace", "B."), ClaimStatus.IN_REVIEW);
        store.create(a, event(a), null);
        store.create(b, event(b), null);
        Claim a1 = rated(a, Rating.TRUE);
        store.publishVerdict(a1, a.version(), event(a1), null);
        store.publishVerdict(rated(a1, Rating.FALSE), a1.version(), event(rated(a1, Rating.FALSE)), null);
        String cursor = store.verdicts(a.id(), 1, null).orElseThrow().nextCursor();
        assertNotNull(cursor);
        assertThrows(InvalidCursorException.class, () -> store.verdicts(b.id(), 1, cursor));
        assertThrows(InvalidCursorException.class, () -> store.verdicts(a.id(), 1, "not-a-cursor"));
        assertThrows(
                InvalidCursorException.class,
                () -> store.list(ClaimListingContract.query(null, null, null, null, null, 1, cursor)),
                "a verdict cursor is no list cursor");
    }

    @Test
    public void anArticleImportWritesAllOrNothing() {
        Claim linked = claim("Ada Lovelace", "Linked.", "Daily Planet");
        store.create(linked, event(linked), null);
        Claim created = claim("Ada Lovelace", "Created.", "The Gazette");
        Appearance report = new Appearance("The Gazette", "https://example.org/g", "Headline", null);
        Claim linkedV2 = linked.withAppearances(List.of(report), Claims.tick());
        store.importArticle(
                new ArticleImport(
                        List.of(created),
                        List.of(new ArticleImport.Link(linkedV2, 1, List.of(report))),
                        List.of(event(created), event(linkedV2))),
                response("article"));
        assertEquals(Optional.of(created), store.find(created.id()));
        assertEquals(Optional.of(linkedV2), store.find(linked.id()));
        assertTrue(store.findResponse("article").isPresent());
        assertEquals(
                Set.of(created.id(), linked.id()),
                ids(store.list(ClaimListingContract.query(null, null, null, "the gazette", null, 10, null))));

        // A duplicate among the new claims and a stale link: the duplicate is reported, nothing is written.
        Claim fresh = claim("Charles Babbage", "Fresh.");
        Claim dup = claim("Ada Lovelace", "Created.");
        Claim staleLink = linked.withAppearances(List.of(report), Claims.tick());
        ArticleImport both = new ArticleImport(
                List.of(fresh, dup),
                List.of(new ArticleImport.Link(staleLink, 1, List.of(report))),
                List.of(event(fresh), event(dup), event(staleLink)));
        assertEquals(
                created.id(),
                assertThrows(DuplicateClaimException.class, () -> store.importArticle(both, null))
                        .existingClaimId());
        assertEquals(Optional.empty(), store.find(fresh.id()));
        ArticleImport staleOnly = new ArticleImport(
                List.of(fresh),
                List.of(new ArticleImport.Link(staleLink, 1, List.of(report))),
                List.of(event(fresh), event(staleLink)));
        assertThrows(VersionConflictException.class, () -> store.importArticle(staleOnly, null));
        assertEquals(Optional.empty(), store.find(fresh.id()));
        assertEquals(Optional.of(linkedV2), store.find(linked.id()));
        // Links without new appearances write nothing, and need no current version.
        store.importArticle(
                new ArticleImport(List.of(), List.of(new ArticleImport.Link(staleLink, 1, List.of())), List.of()),
                null);
        assertEquals(Optional.of(linkedV2), store.find(linked.id()));
    }

    @Test
    public void aTransactionOfMoreThanAHundredWritesIsRefusedWhole() {
        List<Claim> many = new ArrayList<>();
        for (int i = 0; i < 26; i++)
            many.add(claim("Speaker " + i, "Statement " + i + ".", "Outlet " + i)); // 4 writes each, with the event
        assertThrows(
                WriteTooLargeException.class,
                () -> store.importArticle(
                        new ArticleImport(
                                many,
                                List.of(),
                                many.stream().map(Claims::event).toList()),
                        null));
        assertEquals(List.of(), store.findAll(many.stream().map(Claim::id).toList()));
        assertEquals(0, ChangeFeedContract.all(store).size(), "no event of a refused transaction");
        // 96 writes, the idempotency record and (on DynamoDB, once a day per store) the feed's day marker.
        List<Claim> fit = many.subList(0, 24);
        store.importArticle(
                new ArticleImport(
                        fit, List.of(), fit.stream().map(Claims::event).toList()),
                response("96 writes and this one"));
        assertEquals(24, store.findAll(many.stream().map(Claim::id).toList()).size());
        assertEquals(24, ChangeFeedContract.all(store).size());
    }

    static Set<String> ids(Page<Claim> page) {
        return page.items().stream().map(Claim::id).collect(Collectors.toSet());
    }
}
