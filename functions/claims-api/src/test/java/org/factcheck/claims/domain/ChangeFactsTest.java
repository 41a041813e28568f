package org.factcheck.claims.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.factcheck.claims.testing.TestSubscriptions;
import org.junit.jupiter.api.Test;

/** Which subscriptions want an event: status, event type, and every filter dimension. */
class ChangeFactsTest {
    private static final String CLAIM = "01ARZ3NDEKTSV4RRFFQ69G5FAV";
    private static final ChangeFacts VERDICT = new ChangeFacts(
            "verdict.published",
            "2024-06-01T12:00:00.000Z",
            CLAIM,
            "joe biden",
            Set.of("nbc news", "the times"),
            "RATED",
            "FALSE");

    private static Subscription subscription(List<String> events, SubscriptionFilter filter) {
        return TestSubscriptions.active("https://example.com/hook", events, filter);
    }

    private static Subscription filtered(SubscriptionFilter filter) {
        return subscription(List.of("verdict.published"), filter);
    }

    private static SubscriptionFilter filter(
            List<String> claims, List<String> speakers, List<String> outlets, List<ClaimStatus> s, List<Rating> r) {
        return new SubscriptionFilter(claims, speakers, outlets, s, r);
    }

    @Test
    void anActiveSubscriptionWithoutFilterWantsItsEventTypesOnly() {
        assertTrue(VERDICT.wantedBy(filtered(SubscriptionFilter.ALL)));
        assertFalse(VERDICT.wantedBy(subscription(List.of("claim.created"), SubscriptionFilter.ALL)));
        assertFalse(VERDICT.wantedBy(
                TestSubscriptions.paused(subscription(List.of("verdict.published"), SubscriptionFilter.ALL))));
    }

    @Test
    void eachDimensionMatchesOnAnyOfItsValuesAndNamesMatchNormalized() {
        assertTrue(VERDICT.wantedBy(filtered(filter(List.of("x", CLAIM), List.of(), List.of(), List.of(), List.of()))));
        assertFalse(VERDICT.wantedBy(filtered(filter(List.of("x"), List.of(), List.of(), List.of(), List.of()))));
        assertTrue(
                VERDICT.wantedBy(filtered(filter(List.of(), List.of("JOE  Biden"), List.of(), List.of(), List.of()))));
        assertFalse(VERDICT.wantedBy(filtered(filter(List.of(), List.of("Kamala"), List.of(), List.of(), List.of()))));
        assertTrue(VERDICT.wantedBy(
                filtered(filter(List.of(), List.of(), List.of("AP", "The Times."), List.of(), List.of()))));
        assertFalse(VERDICT.wantedBy(filtered(filter(List.of(), List.of(), List.of("AP"), List.of(), List.of()))));
        assertTrue(VERDICT.wantedBy(
                filtered(filter(List.of(), List.of(), List.of(), List.of(ClaimStatus.RATED), List.of()))));
        assertFalse(VERDICT.wantedBy(
                filtered(filter(List.of(), List.of(), List.of(), List.of(ClaimStatus.IN_REVIEW), List.of()))));
        assertTrue(VERDICT.wantedBy(
                filtered(filter(List.of(), List.of(), List.of(), List.of(), List.of(Rating.TRUE, Rating.FALSE)))));
        assertFalse(
                VERDICT.wantedBy(filtered(filter(List.of(), List.of(), List.of(), List.of(), List.of(Rating.TRUE)))));
    }

    @Test
    void everyGivenDimensionMustMatchAndAnEventWithoutRatingMissesARatingFilter() {
        assertFalse(VERDICT.wantedBy(
                filtered(filter(List.of(CLAIM), List.of("Joe Biden"), List.of(), List.of(), List.of(Rating.TRUE)))));
        assertTrue(VERDICT.wantedBy(filtered(filter(
                List.of(CLAIM),
                List.of("Joe Biden"),
                List.of("NBC News"),
                List.of(ClaimStatus.RATED),
                List.of(Rating.FALSE)))));
        ChangeFacts created = new ChangeFacts(
                "verdict.published", "2024-06-01T12:00:00.000Z", CLAIM, "joe biden", Set.of(), "UNVERIFIED", null);
        assertFalse(
                created.wantedBy(filtered(filter(List.of(), List.of(), List.of(), List.of(), List.of(Rating.FALSE)))));
        assertFalse(
                created.wantedBy(filtered(filter(List.of(), List.of(), List.of("NBC News"), List.of(), List.of()))));
    }

    @Test
    void aChangeFromBeforeTheSubscriptionExistedIsNotSent() {
        Subscription all = subscription(
                List.of("verdict.published"), filter(List.of(), List.of(), List.of(), List.of(), List.of()));
        ChangeFacts before = new ChangeFacts(
                "verdict.published", "2023-12-31T23:59:59.999Z", CLAIM, "joe biden", Set.of(), "RATED", "FALSE");
        ChangeFacts atCreation = new ChangeFacts(
                "verdict.published", "2024-01-01T00:00:00Z", CLAIM, "joe biden", Set.of(), "RATED", "FALSE");
        assertFalse(before.wantedBy(all));
        assertTrue(atCreation.wantedBy(all));
    }
}
