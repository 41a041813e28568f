package org.factcheck.claims.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.factcheck.claims.domain.Appearance;
import org.factcheck.claims.domain.Caller;
import org.factcheck.claims.domain.Claim;
import org.factcheck.claims.domain.ClaimStatus;
import org.factcheck.claims.domain.Evidence;
import org.factcheck.claims.domain.Rating;
import org.factcheck.claims.domain.Speaker;
import org.factcheck.claims.domain.SpeakerType;
import org.factcheck.claims.domain.TextNormalizer;
import org.factcheck.claims.domain.Verdict;
import org.junit.jupiter.api.Test;

/** The claim's author in ClaimReview takes its schema.org type from the speaker. */
class ClaimReviewRepresentationTest {
    private static final Caller CALLER = new Caller("01HZZZZZZZZZZZZZZZZZZZZZZZ", "desk");

    private static Claim rated(Speaker speaker) {
        Verdict verdict = new Verdict(
                "01J00000000000000000000000",
                1,
                Rating.MOSTLY_TRUE,
                null,
                "Checked.",
                List.of(new Evidence("https://en.wikipedia.org/wiki/International_Criminal_Court", null)),
                null,
                CALLER,
                "2026-11-29T12:00:00.000Z");
        return new Claim(
                "01J00000000000000000000001",
                "A statement.",
                speaker,
                List.of(new Appearance("NBC News", null, null, null)),
                null,
                "en",
                List.of(),
                null,
                ClaimStatus.RATED,
                verdict,
                null,
                3,
                "2026-11-29T11:00:00.000Z",
                "2026-11-29T12:00:00.000Z",
                CALLER,
                TextNormalizer.duplicateKey(speaker.name(), "A statement."));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> author(Speaker speaker) {
        Map<String, Object> review = ClaimReviewRepresentation.of(rated(speaker), "Org", "https://factcheck.example");
        return (Map<String, Object>) ((Map<String, Object>) review.get("itemReviewed")).get("author");
    }

    @Test
    void aPersonHasAJobTitle() {
        assertEquals(
                Map.of(
                        "@type",
                        "Person",
                        "name",
                        "Joe Biden",
                        "jobTitle",
                        "President of the United States",
                        "sameAs",
                        "https://www.wikidata.org/wiki/Q6279"),
                author(new Speaker("Joe Biden", "President of the United States", "Q6279", SpeakerType.PERSON)));
    }

    @Test
    void anOrganizationHasADescriptionInsteadOfAJobTitle() {
        assertEquals(
                Map.of(
                        "@type",
                        "Organization",
                        "name",
                        "The Pentagon",
                        "description",
                        "United States Department of Defense"),
                author(new Speaker(
                        "The Pentagon", "United States Department of Defense", null, SpeakerType.ORGANIZATION)));
        assertEquals(
                Map.of("@type", "Organization", "name", "CNN", "sameAs", "https://www.wikidata.org/wiki/Q48340"),
                author(new Speaker("CNN", null, "Q48340", SpeakerType.ORGANIZATION)));
    }
}
