package org.factcheck.claims.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.factcheck.claims.domain.SubscriptionFilter.MatchKey;
import org.junit.jupiter.api.Test;

/** The index entries of a filter: its most selective dimension's values, or "all". */
class SubscriptionFilterTest {
    private static final String A = "01ARZ3NDEKTSV4RRFFQ69G5FAV";

    @Test
    void noFilterMatchesEverything() {
        assertEquals(List.of(MatchKey.ALL), SubscriptionFilter.ALL.matchKeys());
    }

    @Test
    void claimIdsComeFirstThenSpeakersOutletsRatingsStatuses() {
        var all = new SubscriptionFilter(
                List.of(A), List.of("Joe Biden"), List.of("AP"), List.of(ClaimStatus.RATED), List.of(Rating.FALSE));
        assertEquals(List.of(new MatchKey("claimId", A)), all.matchKeys());
        var speakers = new SubscriptionFilter(
                List.of(), List.of("Joe  BIDEN", "Ｋａｍａｌａ"), List.of("AP"), List.of(), List.of(Rating.FALSE));
        assertEquals(
                List.of(new MatchKey("speaker", "joe biden"), new MatchKey("speaker", "kamala")), speakers.matchKeys());
        assertEquals(
                List.of(new MatchKey("outlet", "the times")),
                new SubscriptionFilter(List.of(), List.of(), List.of("The Times."), List.of(), List.of()).matchKeys());
        assertEquals(
                List.of(new MatchKey("rating", "FALSE"), new MatchKey("rating", "MISLEADING")),
                new SubscriptionFilter(
                                List.of(),
                                List.of(),
                                List.of(),
                                List.of(ClaimStatus.RATED),
                                List.of(Rating.FALSE, Rating.MISLEADING))
                        .matchKeys());
        assertEquals(
                List.of(new MatchKey("status", "RETRACTED")),
                new SubscriptionFilter(List.of(), List.of(), List.of(), List.of(ClaimStatus.RETRACTED), List.of())
                        .matchKeys());
    }
}
