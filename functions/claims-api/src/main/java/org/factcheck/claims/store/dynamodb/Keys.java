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
 * IDEMPOTENCY#&lt;hash&gt; IDEMPOTENCY            a stored first response, expiring after 24 h (TTL)
 * </pre>
 * The list indexes sort on the claim id, a ULID, so they list newest first; byUpdate
 * sorts on updatedKey = updatedAt#id for "changed since".
 */
public final class Keys {
    public static final String PK = "pk";
    public static final String SK = "sk";
    public static final String ID = "id";
    public static final String CLAIM_ID = "claimId";
    public static final String UPDATED_KEY = "updatedKey";
    public static final String OUTLET_KEYS = "outletKeys";
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
    public static final String BY_CREATED = "byCreated";

    static final String CLAIM_SK = "CLAIM";
    static final String DEDUP_SK = "DEDUP";
    static final String IDEMPOTENCY_SK = "IDEMPOTENCY";
    static final String VERDICT_PREFIX = "VERDICT#";
    static final String FEED_ALL = "CLAIM";

    private Keys() {}

    static String claimPk(String claimId) {
        return "CLAIM#" + claimId;
    }

    /** One index entry per outlet and claim, however many reports the outlet made. */
    static String appearanceSk(String outlet) {
        return "APPEARANCE#" + TextNormalizer.sha256Hex(TextNormalizer.normalize(outlet)).substring(0, 32);
    }

    static String verdictSk(int revision) {
        return VERDICT_PREFIX + "%06d".formatted(revision);
    }

    static String dedupPk(String duplicateKey) {
        return "DEDUP#" + duplicateKey;
    }

    static String updatedKey(String updatedAt, String claimId) {
        return updatedAt + "#" + claimId;
    }

    static String idempotencyPk(String keyHash) {
        return "IDEMPOTENCY#" + keyHash;
    }

    static String nameKey(String name) {
        return TextNormalizer.normalize(name);
    }
}
