package org.factcheck.claims.domain;

/** Verdict ratings, each with its value on the 1–5 ClaimReview scale (5 = true). */
public enum Rating {
    TRUE(5),
    MOSTLY_TRUE(4),
    MIXED(3),
    MOSTLY_FALSE(2),
    FALSE(1),
    MISLEADING(2),
    UNPROVEN(3);

    public static final int BEST = 5;
    public static final int WORST = 1;

    private final int ratingValue;

    Rating(int ratingValue) {
        this.ratingValue = ratingValue;
    }

    public int ratingValue() {
        return ratingValue;
    }
}
