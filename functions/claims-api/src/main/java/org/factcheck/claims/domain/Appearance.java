package org.factcheck.claims.domain;

/** One outlet's report of a claim. Only {@code outlet} is required. */
public record Appearance(String outlet, String url, String headline, String publishedAt) {

    /** Two reports are the same when outlet (normalized) and url match. */
    public boolean sameReportAs(Appearance other) {
        return TextNormalizer.normalize(outlet).equals(TextNormalizer.normalize(other.outlet))
                && java.util.Objects.equals(url, other.url);
    }
}
