package org.factcheck.claims.domain;

import static org.factcheck.claims.domain.ClaimStatus.IN_REVIEW;
import static org.factcheck.claims.domain.ClaimStatus.RATED;
import static org.factcheck.claims.domain.ClaimStatus.RETRACTED;
import static org.factcheck.claims.domain.ClaimStatus.UNVERIFIED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StatusTransitionTest {

    @Test
    void allowsExactlyTheDocumentedTransitions() {
        Set<String> allowed = Set.of(
                "UNVERIFIED->IN_REVIEW",
                "IN_REVIEW->UNVERIFIED",
                "UNVERIFIED->RETRACTED",
                "IN_REVIEW->RETRACTED",
                "RATED->RETRACTED");
        for (ClaimStatus from : ClaimStatus.values()) {
            for (ClaimStatus to : ClaimStatus.values()) {
                assertEquals(allowed.contains(from + "->" + to), StatusTransition.allowed(from, to), from + "->" + to);
            }
        }
    }

    @Test
    void verdictsOnlyUnderReviewOrAsRevisions() {
        for (ClaimStatus s : EnumSet.of(IN_REVIEW, RATED))
            assertEquals(true, StatusTransition.verdictAllowed(s), s.name());
        for (ClaimStatus s : EnumSet.of(UNVERIFIED, RETRACTED))
            assertEquals(false, StatusTransition.verdictAllowed(s), s.name());
    }
}
