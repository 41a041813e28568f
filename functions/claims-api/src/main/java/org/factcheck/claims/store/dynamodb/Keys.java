package org.factcheck.claims.store.dynamodb;

import org.factcheck.claims.domain.TextNormalizer;

/**
 * The single-table layout, and its attribute and index names. Every item has {@code pk} and {@code sk}:
 * <pre>
 * CLAIM#&lt;id&gt;         CLAIM                 the claim, with its appearances and current verdict  {@link ClaimSchema}
 * CLAIM#&lt;id&gt;         APPEARANCE#&lt;hash&gt;    one per outlet: the byOutlet index entry             {@link AppearanceSchema}
 * CLAIM#&lt;id&gt;         VERDICT#&lt;revision&gt;   verdict history, append-only                         {@link VerdictSchema}
 * DEDUP#&lt;hash&gt;       DEDUP                 "this statement by this speaker exists"              {@link DuplicateMarkerSchema}
 * IDEMPOTENCY#&lt;hash&gt; IDEMPOTENCY           a stored first response, expiring after 24 h (TTL)   {@link IdempotencySchema}
 * EVENT#&lt;day&gt;#&lt;n&gt;  &lt;event id&gt;            a change event, written with its change (31 days)    {@link EventSchema}
 * FEEDDAY            &lt;day&gt;#&lt;writer&gt;       "this day has events", for the change feed           {@link EventSchema}
 * SUBSCRIBER#&lt;keyId&gt; SUBSCRIPTION#&lt;id&gt;  a key's webhook subscription                        {@link SubscriptionSchema}
 * SUBSCRIBER#&lt;keyId&gt; COUNT                how many subscriptions the key has                  {@link SubscriptionCountSchema}
 * SUBSCRIPTION_MATCH#&lt;dimension&gt;#&lt;value&gt;  SUBSCRIPTION#&lt;id&gt;  finds subscriptions for an event {@link SubscriptionMatchSchema}
 * PRIMING#NEVER-WRITTEN (in every key attribute, in every table): never written; priming's
 *                    writes are conditioned on it existing, so they are refused  {@link BoundToFail}
 * </pre>
 * Each schema class owns its kind's key values, index key tags and derived attributes;
 * the keys table has {@link ApiKeySchema}, the secrets table {@link SubscriptionSecretSchema}. The list indexes sort on the claim id, a ULID,
 * so they list newest first; byUpdate sorts on updatedKey = updatedAt#id for "changed since".
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
