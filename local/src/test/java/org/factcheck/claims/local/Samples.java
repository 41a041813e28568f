package org.factcheck.claims.local;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/** Request bodies for tests; names and statements are unique per call, so tests share a table safely. */
final class Samples {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime(), 36);

    private Samples() {}

    static String uniqueStatement() {
        return "Test statement " + RUN + "-" + COUNTER.incrementAndGet() + " about the ICC.";
    }

    static String uniqueName(String prefix) {
        return prefix + " " + RUN + "-" + COUNTER.incrementAndGet();
    }

    static String claim(String statement) {
        return claim("Joe Biden", statement, "NBC News");
    }

    static String claim(String speaker, String statement, String outlet) {
        return """
                {"statement": "%s",
                 "speaker": {"name": "%s", "title": "President of the United States", "wikidataId": "Q6279"},
                 "appearances": [{"outlet": "%s", "url": "https://news.example/%d"}],
                 "claimDate": "2023-07-26",
                 "topics": ["ICC", "Ukraine"]}
                """.formatted(statement, speaker, outlet, COUNTER.incrementAndGet());
    }

    /** A POST /articles body with these claims (each as {@link #articleClaim}). */
    static String article(String url, String outlet, List<String> claims) {
        return """
                {"url": "%s", "outlet": "%s", "headline": "US to share evidence with the ICC",
                 "publishedAt": "2023-07-26T18:00:00-04:00", "claims": [%s]}
                """.formatted(url, outlet, String.join(",", claims));
    }

    /** A stored claim (created from NBC News) and a POST /articles body that repeats it beside a new claim. */
    record LinkingArticle(String existingId, String body) {}

    /** The article is from {@code outlet} at {@code url}; {@code repeat} writes the stored statement as it repeats it. */
    static LinkingArticle linkingArticle(HandlerClient api, String url, String outlet, UnaryOperator<String> repeat)
            throws Exception {
        String speaker = uniqueName("Speaker");
        String known = uniqueStatement();
        String existingId =
                (String) api.create(claim(speaker, known, "NBC News")).get("id");
        List<String> claims =
                List.of(articleClaim(speaker, repeat.apply(known)), articleClaim(speaker, uniqueStatement()));
        return new LinkingArticle(existingId, article(url, outlet, claims));
    }

    static String articleClaim(String speaker, String statement) {
        return "{\"statement\":\"%s\",\"speaker\":{\"name\":\"%s\"},\"topics\":[\"ICC\"]}"
                .formatted(statement, speaker);
    }

    static String verdict(String rating) {
        return """
                {"rating": "%s", "textualRating": "Label for %s",
                 "summary": "Checked against the public record.",
                 "evidence": [{"url": "https://en.wikipedia.org/wiki/International_Criminal_Court", "title": "ICC"}]}
                """.formatted(rating, rating);
    }
}
