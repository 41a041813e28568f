package org.factcheck.claims.domain;

import java.util.List;

/** A published verdict. Verdicts are never changed: a new revision supersedes the last. */
public record Verdict(
        String id,
        int revision,
        Rating rating,
        String textualRating,
        String summary,
        List<Evidence> evidence,
        String reviewUrl,
        Caller reviewer,
        String publishedAt) {}
