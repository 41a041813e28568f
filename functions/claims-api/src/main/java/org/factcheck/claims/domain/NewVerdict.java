package org.factcheck.claims.domain;

import java.util.List;

/** A validated verdict submission; id, revision, reviewer and time are added on publishing. */
public record NewVerdict(
        Rating rating, String textualRating, String summary, List<Evidence> evidence, String reviewUrl) {}
