package org.factcheck.claims.api;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factcheck.claims.domain.Appearance;
import org.factcheck.claims.domain.Claim;
import org.factcheck.claims.domain.Rating;
import org.factcheck.claims.domain.Speaker;
import org.factcheck.claims.domain.SpeakerType;
import org.factcheck.claims.domain.Verdict;
import org.factcheck.claims.json.Json;

/**
 * schema.org ClaimReview of a claim's current verdict. Ratings map to 1 (FALSE) … 5
 * (TRUE); MISLEADING counts as 2 and UNPROVEN as 3, and {@code alternateName} carries the
 * publisher's own label.
 */
final class ClaimReviewRepresentation {
    private ClaimReviewRepresentation() {}

    /**
     * The JSON-LD text, with {@code <}, {@code >} and {@code &} written as JSON escapes
     * (backslash-u003c and so on; U+2028 and U+2029 too), so it can be pasted into a
     * {@code <script type="application/ld+json">} without closing it. Outside strings JSON
     * has none of these characters, so replacing them in the text only touches strings.
     */
    static String json(Claim claim, String organizationName, String organizationUrl) {
        return Json.write(of(claim, organizationName, organizationUrl))
                .replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026")
                .replace("\u2028", "\\u2028")
                .replace("\u2029", "\\u2029");
    }

    static Map<String, Object> of(Claim claim, String organizationName, String organizationUrl) {
        Verdict v = claim.verdict();
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("@context", "https://schema.org");
        review.put("@type", "ClaimReview");
        review.put("url", v.reviewUrl() != null ? v.reviewUrl() : organizationUrl + "/claims/" + claim.id());
        review.put("claimReviewed", claim.statement());
        review.put("datePublished", v.publishedAt());
        review.put("author", organization(organizationName, organizationUrl));

        Map<String, Object> rating = new LinkedHashMap<>();
        rating.put("@type", "Rating");
        rating.put("ratingValue", v.rating().ratingValue());
        rating.put("bestRating", Rating.BEST);
        rating.put("worstRating", Rating.WORST);
        rating.put("alternateName", v.textualRating() != null ? v.textualRating() : label(v.rating()));
        review.put("reviewRating", rating);

        Map<String, Object> item = new LinkedHashMap<>();
        item.put("@type", "Claim");
        item.put("author", author(claim.speaker()));
        if (claim.claimDate() != null) item.put("datePublished", claim.claimDate());
        List<Map<String, Object>> appearances = claim.appearances().stream()
                .map(ClaimReviewRepresentation::work)
                .toList();
        item.put("appearance", appearances);
        item.put("firstAppearance", work(first(claim.appearances())));
        review.put("itemReviewed", item);
        return review;
    }

    /** The claim's author: a Person with a jobTitle, or an Organization (which has no jobTitle) with a description. */
    private static Map<String, Object> author(Speaker speaker) {
        Map<String, Object> author = new LinkedHashMap<>();
        author.put("@type", speaker.type().wireName());
        author.put("name", speaker.name());
        if (speaker.title() != null) {
            author.put(speaker.type() == SpeakerType.PERSON ? "jobTitle" : "description", speaker.title());
        }
        if (speaker.wikidataId() != null) author.put("sameAs", "https://www.wikidata.org/wiki/" + speaker.wikidataId());
        return author;
    }

    /** The earliest dated appearance, else the first recorded. */
    private static Appearance first(List<Appearance> appearances) {
        return appearances.stream()
                .filter(a -> a.publishedAt() != null)
                .min(Comparator.comparing(Appearance::publishedAt))
                .orElse(appearances.getFirst());
    }

    private static Map<String, Object> work(Appearance a) {
        Map<String, Object> work = new LinkedHashMap<>();
        work.put("@type", "CreativeWork");
        if (a.url() != null) work.put("url", a.url());
        if (a.headline() != null) work.put("headline", a.headline());
        if (a.publishedAt() != null) work.put("datePublished", a.publishedAt());
        work.put("publisher", organization(a.outlet(), null));
        return work;
    }

    private static Map<String, Object> organization(String name, String url) {
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("@type", "Organization");
        org.put("name", name);
        if (url != null) org.put("url", url);
        return org;
    }

    private static String label(Rating rating) {
        String words = rating.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
