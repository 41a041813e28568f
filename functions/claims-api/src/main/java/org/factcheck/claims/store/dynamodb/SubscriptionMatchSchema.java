package org.factcheck.claims.store.dynamodb;

import java.util.Map;
import org.factcheck.claims.domain.Subscription;
import org.factcheck.claims.domain.SubscriptionFilter.MatchKey;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The index that finds the subscriptions an event may match without a scan, one item per
 * value of a subscription's most selective filter dimension ({@code SubscriptionFilter.matchKeys}):
 * <pre>
 * SUBSCRIPTION_MATCH#claimId#&lt;claim id&gt;       SUBSCRIPTION#&lt;id&gt;
 * SUBSCRIPTION_MATCH#speaker#&lt;normalized name&gt; SUBSCRIPTION#&lt;id&gt;
 * SUBSCRIPTION_MATCH#outlet#&lt;normalized name&gt;  SUBSCRIPTION#&lt;id&gt;
 * SUBSCRIPTION_MATCH#rating#&lt;RATING&gt;           SUBSCRIPTION#&lt;id&gt;
 * SUBSCRIPTION_MATCH#status#&lt;STATUS&gt;           SUBSCRIPTION#&lt;id&gt;
 * SUBSCRIPTION_MATCH#all                       SUBSCRIPTION#&lt;id&gt;   (no filter)
 * </pre>
 * An event's claim gives at most 5 + (its outlets) partitions to query; each entry names
 * the subscription item ({@code ownerKeyId}, {@code subscriptionId}), whose whole filter
 * and event types the notifier then applies. Names are normalized as the claim indexes
 * normalize them ({@link Keys#nameKey}).
 */
final class SubscriptionMatchSchema {
    private static final KeyPrefix PK_PREFIX = new KeyPrefix("SUBSCRIPTION_MATCH#");

    private SubscriptionMatchSchema() {}

    static String pk(MatchKey key) {
        return PK_PREFIX.of(key.equals(MatchKey.ALL) ? "all" : key.dimension() + "#" + key.value());
    }

    static Map<String, AttributeValue> key(MatchKey match, String subscriptionId) {
        return Map.of(
                Keys.PK,
                AttributeValue.fromS(pk(match)),
                Keys.SK,
                AttributeValue.fromS(SubscriptionSchema.sk(subscriptionId)));
    }

    static Map<String, AttributeValue> item(MatchKey match, Subscription s) {
        return Map.of(
                Keys.PK,
                AttributeValue.fromS(pk(match)),
                Keys.SK,
                AttributeValue.fromS(SubscriptionSchema.sk(s.id())),
                "subscriptionId",
                AttributeValue.fromS(s.id()),
                "ownerKeyId",
                AttributeValue.fromS(s.ownerKeyId()),
                "subscriptionPk",
                AttributeValue.fromS(SubscriptionSchema.pk(s.ownerKeyId())));
    }
}
