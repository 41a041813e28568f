package org.factcheck.claims.domain;

import java.util.List;

/** A validated article import: the article becomes an appearance of each of its claims. */
public record NewArticle(String url, String outlet, String headline, String publishedAt, List<NewClaim> claims) {

    /** The appearance that stands for this article. */
    public Appearance appearance() {
        return new Appearance(outlet, url, headline, publishedAt);
    }
}
