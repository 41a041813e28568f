package org.factcheck.claims.store.dynamodb;

import org.factcheck.claims.domain.TextNormalizer;

/**
 * The single-table layout. Every item has {@code pk} and {@code sk}:
 * <pre>
 * CLAIM#&lt;id&gt;        CLAIM                  the claim, with its appearances and current verdict
 * CLAIM#&lt;id&gt;        APPEARANCE#&lt;hash&gt;     one per outlet report: the byOutlet index entry
 * CLAIM#&lt;id&gt;        VERDICT#&lt;revision&gt;    verdict history, append-only
 * DEDUP#&lt;hash&gt;      DEDUP                  marks "this statement by this speaker exists"
 * </pre>
 * List indexes all sort on {@code listKey} = updatedAt#id, so "newest first" and
 * "updated since" are key conditions on every index.
 */
public final class Keys {
    public static final String PK = "pk";
    public static final String SK = "sk";
    public static final String LIST_KEY = "listKey";
    public static final String STATUS_KEY = "statusKey";
    public static final String RATING_KEY = "ratingKey";
    public static final String SPEAKER_KEY = "speakerKey";
    public static final String OUTLET_KEY = "outletKey";
    public static final String FEED_KEY = "feedKey";
    /** The TTL attribute (epoch seconds) named in template.yaml. */
    public static final String EXPIRES_AT = "expiresAt";

    public static final String BY_STATUS = "byStatus";
    public static final String BY_RATING = "byRating";
    public static final String BY_SPEAKER = "bySpeaker";
    public static final String BY_OUTLET = "byOutlet";
    public static final String BY_UPDATE = "byUpdate";

    static final String CLAIM_SK = "CLAIM";
    static final String FEED_ALL = "CLAIM";

    private Keys() {}

    static String claimPk(String claimId) {
        return "CLAIM#" + claimId;
    }

    static String appearanceSk(String outlet, String url) {
        return "APPEARANCE#" + TextNormalizer.sha256Hex(TextNormalizer.normalize(outlet) + "\u0000" + (url == null ? "" : url)).substring(0, 32);
    }

    static String verdictSk(int revision) {
        return "VERDICT#%06d".formatted(revision);
    }

    static String dedupPk(String duplicateKey) {
        return "DEDUP#" + duplicateKey;
    }

    static String listKey(String updatedAt, String claimId) {
        return updatedAt + "#" + claimId;
    }

    static String nameKey(String name) {
        return TextNormalizer.normalize(name);
    }
}
