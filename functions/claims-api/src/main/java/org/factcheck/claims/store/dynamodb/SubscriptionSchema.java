package org.factcheck.claims.store.dynamodb;

import static org.factcheck.claims.store.dynamodb.ItemDraft.attribute;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondarySortKey;

import java.util.List;
import java.util.Map;
import org.factcheck.claims.domain.ClaimStatus;
import org.factcheck.claims.domain.Rating;
import org.factcheck.claims.domain.Subscription;
import org.factcheck.claims.domain.SubscriptionFilter;
import org.factcheck.claims.domain.SubscriptionStatus;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticImmutableTableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Subscription items, in their owner's partition: {@code SUBSCRIBER#<keyId>} /
 * {@code SUBSCRIPTION#<id>}, so a key reads and lists only its own (strongly consistent).
 * Admins list every key's through byCreated under {@code feedKey = SUBSCRIPTION}, a
 * partition of its own beside the claims' {@code CLAIM}. Filters are stored as given
 * (names unnormalized); {@link SubscriptionMatchSchema} holds the normalized index entries.
 */
final class SubscriptionSchema {
    private static final KeyPrefix PK_PREFIX = new KeyPrefix("SUBSCRIBER#");
    static final KeyPrefix SK_PREFIX = new KeyPrefix("SUBSCRIPTION#");
    static final String FEED = "SUBSCRIPTION";
    static final String VERSION = "version";

    private SubscriptionSchema() {}

    static final StaticImmutableTableSchema<Subscription, ItemDraft> SCHEMA = ItemDraft.keyed(
                    Subscription.class, SubscriptionSchema::subscription, s -> pk(s.ownerKeyId()), s -> sk(s.id()))
            .addAttribute(String.class, attribute(Keys.ID, Subscription::id, secondarySortKey(Keys.BY_CREATED)))
            .addAttribute(String.class, attribute(Keys.FEED_KEY, s -> FEED, secondaryPartitionKey(Keys.BY_CREATED)))
            .addAttribute(String.class, attribute("ownerKeyId", Subscription::ownerKeyId))
            .addAttribute(String.class, attribute("url", Subscription::url))
            .addAttribute(EnhancedType.listOf(String.class), attribute("events", Subscription::events))
            .addAttribute(
                    EnhancedType.listOf(String.class),
                    attribute("claimIds", s -> s.filter().claimIds()))
            .addAttribute(
                    EnhancedType.listOf(String.class),
                    attribute("speakers", s -> s.filter().speakers()))
            .addAttribute(
                    EnhancedType.listOf(String.class),
                    attribute("outlets", s -> s.filter().outlets()))
            .addAttribute(
                    EnhancedType.listOf(String.class),
                    attribute(
                            "statuses",
                            s -> s.filter().statuses().stream().map(Enum::name).toList()))
            .addAttribute(
                    EnhancedType.listOf(String.class),
                    attribute(
                            "ratings",
                            s -> s.filter().ratings().stream().map(Enum::name).toList()))
            .addAttribute(String.class, attribute("description", Subscription::description))
            .addAttribute(String.class, attribute("status", s -> s.status().name()))
            .addAttribute(String.class, attribute("pausedReason", Subscription::pausedReason))
            .addAttribute(String.class, attribute("createdAt", Subscription::createdAt))
            .addAttribute(String.class, attribute("updatedAt", Subscription::updatedAt))
            .addAttribute(String.class, attribute("secretRotatedAt", Subscription::secretRotatedAt))
            .addAttribute(String.class, attribute("previousSecretExpiresAt", Subscription::previousSecretExpiresAt))
            .addAttribute(String.class, attribute("lastDeliveryAt", Subscription::lastDeliveryAt))
            .addAttribute(String.class, attribute("lastDeliveryOutcome", Subscription::lastDeliveryOutcome))
            .addAttribute(Integer.class, attribute("consecutiveFailures", Subscription::consecutiveFailures))
            .addAttribute(Long.class, attribute(VERSION, Subscription::version))
            .build();

    private static Subscription subscription(ItemDraft d) {
        Integer failures = d.get("consecutiveFailures");
        return new Subscription(
                d.string(Keys.ID),
                d.string("ownerKeyId"),
                d.string("url"),
                strings(d, "events"),
                new SubscriptionFilter(
                        strings(d, "claimIds"),
                        strings(d, "speakers"),
                        strings(d, "outlets"),
                        strings(d, "statuses").stream()
                                .map(ClaimStatus::valueOf)
                                .toList(),
                        strings(d, "ratings").stream().map(Rating::valueOf).toList()),
                d.string("description"),
                SubscriptionStatus.valueOf(d.string("status")),
                d.string("pausedReason"),
                d.string("createdAt"),
                d.string("updatedAt"),
                d.string("secretRotatedAt"),
                d.string("previousSecretExpiresAt"),
                d.string("lastDeliveryAt"),
                d.string("lastDeliveryOutcome"),
                failures == null ? 0 : failures,
                d.<Long>get(VERSION));
    }

    private static List<String> strings(ItemDraft d, String name) {
        List<String> values = d.get(name);
        return values == null ? List.of() : values;
    }

    static String pk(String ownerKeyId) {
        return PK_PREFIX.of(ownerKeyId);
    }

    static String sk(String id) {
        return SK_PREFIX.of(id);
    }

    static boolean isSubscriptionSk(String sk) {
        return SK_PREFIX.matches(sk);
    }

    static Map<String, AttributeValue> key(String ownerKeyId, String id) {
        return Map.of(Keys.PK, AttributeValue.fromS(pk(ownerKeyId)), Keys.SK, AttributeValue.fromS(sk(id)));
    }

    static Map<String, AttributeValue> item(Subscription s) {
        return SCHEMA.itemToMap(s, true);
    }
}
