package org.factcheck.claims.local;

import java.util.concurrent.atomic.AtomicInteger;

/** Request bodies for tests; each call gives a statement no other test uses. */
final class Samples {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime(), 36);

    private Samples() {}

    static String uniqueStatement() {
        return "Test statement " + RUN + "-" + COUNTER.incrementAndGet() + " about the ICC.";
    }

    static String claim(String statement) {
        return """
                {"statement": "%s",
                 "speaker": {"name": "Joe Biden", "title": "President of the United States", "wikidataId": "Q6279"},
                 "appearances": [{"outlet": "NBC News", "url": "https://www.nbcnews.com/example"}],
                 "claimDate": "2023-07-26",
                 "topics": ["ICC", "Ukraine"]}
                """.formatted(statement);
    }
}
