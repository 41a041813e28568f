package org.factcheck.claims.store.dynamodb;

import org.factcheck.claims.domain.TextNormalizer;

/**
 * Attribute and index names of the claims table. Every item has {@code pk} and {@code sk};
 * each item kind has one schema class that owns its key values and derived attributes:
 * {@link ClaimSchema}, {@link VerdictSchema}, {@link AppearanceSchema},
 * {@link DuplicateMarkerSchema}, {@link IdempotencySchema}; the keys table has {@link ApiKeySchema}.
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

    private Keys() {}

    /** The normalized name a speaker or outlet is indexed under. */
    static String nameKey(String name) {
        return TextNormalizer.normalize(name);
    }
}
