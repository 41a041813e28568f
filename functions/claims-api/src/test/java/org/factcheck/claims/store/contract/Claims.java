package org.factcheck.claims.store.contract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factcheck.claims.api.ChangeEvents;
import org.factcheck.claims.domain.Appearance;
import org.factcheck.claims.domain.Caller;
import org.factcheck.claims.domain.Claim;
import org.factcheck.claims.domain.ClaimStatus;
import org.factcheck.claims.domain.Evidence;
import org.factcheck.claims.domain.NewClaim;
import org.factcheck.claims.domain.Rating;
import org.factcheck.claims.domain.Speaker;
import org.factcheck.claims.domain.SpeakerType;
import org.factcheck.claims.domain.TextNormalizer;
import org.factcheck.claims.domain.Timestamps;
import org.factcheck.claims.domain.Ulid;
import org.factcheck.claims.domain.Verdict;
import org.factcheck.claims.store.ChangeEvent;
import org.factcheck.claims.store.StoredResponse;

/** Claims, verdicts and stored responses for the store contract: each new claim is newer than the last. */
public final class Claims {
    public static final Caller CALLER = new Caller("01HZZZZZZZZZZZZZZZZZZZZZZZ", "contract-tests");

    /**
     * The event types of a claim taken through its whole life: created, edited, reported
     * again, rated, re-rated, retracted; the tests of the feed and of the handlers' events share it.
     */
    public static final List<String> WHOLE_LIFE = List.of(
            "claim.created",
            "claim.updated",
            "appearance.added",
            "verdict.published",
            "verdict.revised",
            "claim.retracted");

    private static long clock = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();

    private Claims() {}

    /** A time after every earlier one, as a stored timestamp. */
    public static synchronized String tick() {
        clock += 1000;
        return Timestamps.format(Instant.ofEpochMilli(clock));
    }

    public static Claim claim(String speaker, String statement, String... outlets) {
        List<Appearance> appearances = new ArrayList<>();
        for (String outlet : outlets)
            appearances.add(new Appearance(outlet, "https://example.org/" + outlets.length, "Headline", null));
        String now = tick();
        NewClaim draft = new NewClaim(
                statement,
                new Speaker(speaker, "Title", null, SpeakerType.PERSON),
                List.copyOf(appearances),
                "2026-01-01",
                "en",
                List.of("topic"),
                "context",
                TextNormalizer.duplicateKey(speaker, statement));
        return Claim.create(Ulid.next(Instant.parse(now).toEpochMilli()), draft, now, CALLER);
    }

    /** An event for a change that leaves {@code c}, for store tests where its type does not matter. */
    public static ChangeEvent event(Claim c) {
        return now(ChangeEvents.created(c));
    }

    /**
     * The event with an id of the real present: the contract's claims are dated in the past,
     * and the feed serves only the last 31 days.
     */
    public static ChangeEvent now(ChangeEvent e) {
        return new ChangeEvent(
                Ulid.next(System.currentTimeMillis()),
                e.type(),
                e.timestamp(),
                e.claimId(),
                e.speaker(),
                e.outlets(),
                e.status(),
                e.previousStatus(),
                e.rating(),
                e.body());
    }

    /** The claim in a new status, one version on. */
    public static Claim withStatus(Claim c, ClaimStatus status) {
        return new Claim(
                c.id(),
                c.statement(),
                c.speaker(),
                c.appearances(),
                c.claimDate(),
                c.language(),
                c.topics(),
                c.context(),
                status,
                c.verdict(),
                c.retraction(),
                c.version() + 1,
                c.createdAt(),
                tick(),
                c.submittedBy(),
                c.duplicateKey());
    }

    /** The claim with its next verdict published (from IN_REVIEW or RATED). */
    public static Claim rated(Claim c, Rating rating) {
        String now = tick();
        Verdict v = new Verdict(
                Ulid.next(Instant.parse(now).toEpochMilli()),
                c.nextRevision(),
                rating,
                "Rated " + rating,
                "summary",
                List.of(new Evidence("https://example.org/evidence", "Evidence")),
                "https://example.org/review",
                CALLER,
                now);
        return c.withVerdict(v, now);
    }

    public static StoredResponse response(String keyHash, long expiresAtEpochSeconds) {
        return new StoredResponse(
                keyHash,
                "request-" + keyHash,
                201,
                Map.of("Location", "/claims/x", "ETag", "\"x.1\""),
                "{\"id\":\"x\"}",
                expiresAtEpochSeconds);
    }

    public static StoredResponse response(String keyHash) {
        return response(keyHash, Instant.now().getEpochSecond() + 86_400);
    }
}
