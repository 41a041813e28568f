package org.factcheck.claims.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads POST /subscriptions and PATCH /subscriptions/{id} bodies, every problem with its
 * JSON Pointer. The URL gets the checks that need no DNS here ({@link WebhookUrl#parse}).
 */
public final class SubscriptionInput {
    public static final int MAX_CLAIM_IDS = 20;
    public static final int MAX_NAMES = 20;
    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_DESCRIPTION_LENGTH = 500;
    /** A normalized name becomes part of a match entry's partition key, after a prefix of up to 64 bytes. */
    public static final int MAX_MATCH_NAME_BYTES = KeySizes.PARTITION_KEY_BYTES - 64;

    public static final String MATCH_NAME_RULE =
            "is too long once normalized (Unicode NFKC): at most " + MAX_MATCH_NAME_BYTES + " bytes of UTF-8";

    private static final Set<String> FIELDS = Set.of("url", "events", "filter", "description");
    private static final Set<String> PATCH_FIELDS = Set.of("status", "events", "filter", "description");
    private static final Set<String> FILTER_FIELDS = Set.of("claimIds", "speakers", "outlets", "statuses", "ratings");

    private SubscriptionInput() {}

    /** What PATCH changes: null fields stay; {@code description} is cleared by an explicit null. */
    public record Patch(
            SubscriptionStatus status,
            List<String> events,
            SubscriptionFilter filter,
            boolean descriptionGiven,
            String description) {
        public Subscription applyTo(Subscription s, String now) {
            SubscriptionStatus newStatus = status == null ? s.status() : status;
            String reason = newStatus == SubscriptionStatus.ACTIVE
                    ? null
                    : status == SubscriptionStatus.PAUSED && s.status() == SubscriptionStatus.ACTIVE
                            ? "paused by its owner"
                            : s.pausedReason();
            return new Subscription(
                    s.id(),
                    s.ownerKeyId(),
                    s.url(),
                    events == null ? s.events() : events,
                    filter == null ? s.filter() : filter,
                    descriptionGiven ? description : s.description(),
                    newStatus,
                    reason,
                    s.createdAt(),
                    now,
                    s.secretRotatedAt(),
                    s.previousSecretExpiresAt(),
                    s.lastDeliveryAt(),
                    s.lastDeliveryOutcome(),
                    // Resuming starts the failure count afresh.
                    newStatus == SubscriptionStatus.ACTIVE && s.status() != SubscriptionStatus.ACTIVE
                            ? 0
                            : s.consecutiveFailures(),
                    s.version() + 1);
        }
    }

    public static NewSubscription read(Object body, JsonReader in, boolean allowLoopback) {
        Map<String, Object> obj = in.object(body, "", FIELDS);
        if (obj == null) return null;
        String url = url(obj, in, allowLoopback);
        List<String> events = events(obj, in, true);
        SubscriptionFilter filter = filter(obj, in);
        String description = in.string(obj, "description", "", false, 1, MAX_DESCRIPTION_LENGTH);
        return new NewSubscription(url, events, filter, description);
    }

    public static Patch readPatch(Object body, JsonReader in) {
        Map<String, Object> obj = in.object(body, "", PATCH_FIELDS);
        if (obj == null) return null;
        if (obj.isEmpty()) in.error("", "must change at least one of " + PATCH_FIELDS);
        SubscriptionStatus status = in.enumValue(obj, "status", "", SubscriptionStatus.class, false);
        List<String> events = events(obj, in, false);
        SubscriptionFilter filter = obj.containsKey("filter") ? filter(obj, in) : null;
        String description = in.string(obj, "description", "", false, 1, MAX_DESCRIPTION_LENGTH);
        return new Patch(status, events, filter, obj.containsKey("description"), description);
    }

    private static String url(Map<String, Object> obj, JsonReader in, boolean allowLoopback) {
        String url = in.string(obj, "url", "", true, 1, WebhookUrl.MAX_LENGTH);
        if (url == null) return null;
        try {
            WebhookUrl.parse(url, allowLoopback);
            return url;
        } catch (IllegalArgumentException e) {
            in.error("/url", e.getMessage());
            return null;
        }
    }

    private static List<String> events(Map<String, Object> obj, JsonReader in, boolean required) {
        List<Object> list = in.list(obj, "events", "", required, 1, Subscription.EVENT_TYPES.size());
        if (list == null) return null;
        return distinct(
                in,
                list,
                "/events",
                value -> {
                    if (value instanceof String type && Subscription.EVENT_TYPES.contains(type)) return type;
                    return null;
                },
                "must be one of " + Subscription.EVENT_TYPES);
    }

    private static SubscriptionFilter filter(Map<String, Object> obj, JsonReader in) {
        Object value = obj.get("filter");
        if (value == null) return SubscriptionFilter.ALL; // absent or null: every claim
        Map<String, Object> f = in.object(value, "/filter", FILTER_FIELDS);
        if (f == null) return null;
        List<String> claimIds = values(
                f,
                in,
                "claimIds",
                MAX_CLAIM_IDS,
                v -> v instanceof String id && Ulid.isValid(id) ? id : null,
                "must be a claim id (a ULID)");
        List<String> speakers = names(f, in, "speakers");
        List<String> outlets = names(f, in, "outlets");
        List<ClaimStatus> statuses = enumValues(f, in, "statuses", ClaimStatus.class);
        List<Rating> ratings = enumValues(f, in, "ratings", Rating.class);
        return new SubscriptionFilter(claimIds, speakers, outlets, statuses, ratings);
    }

    private static List<String> names(Map<String, Object> f, JsonReader in, String field) {
        List<Object> list = in.list(f, field, "/filter", false, 1, MAX_NAMES);
        if (list == null) return List.of();
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "/filter/" + field + "/" + i;
            String name = in.checkString(list.get(i), at, 1, MAX_NAME_LENGTH);
            if (name == null) continue;
            if (KeySizes.utf8Length(TextNormalizer.normalize(name)) > MAX_MATCH_NAME_BYTES)
                in.error(at, MATCH_NAME_RULE);
            else if (!seen.add(TextNormalizer.normalize(name)))
                in.error(at, "repeats an earlier value (names match case-insensitively)");
            else names.add(name);
        }
        return names;
    }

    /** An optional array of at most {@code max} distinct values, each read by {@code parse} (null: {@code rule}). */
    /** A filter's list of {@code type}'s names, each at most once. */
    private static <E extends Enum<E>> List<E> enumValues(
            Map<String, Object> f, JsonReader in, String field, Class<E> type) {
        return values(
                f,
                in,
                field,
                type.getEnumConstants().length,
                v -> v instanceof String s ? Enums.parse(type, s) : null,
                Enums.rule(type));
    }

    private static <T> List<T> values(
            Map<String, Object> f, JsonReader in, String field, int max, Function<Object, T> parse, String rule) {
        List<Object> list = in.list(f, field, "/filter", false, 1, max);
        return list == null ? List.of() : distinct(in, list, "/filter/" + field, parse, rule);
    }

    private static <T> List<T> distinct(
            JsonReader in, List<Object> list, String at, Function<Object, T> parse, String rule) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            T value = parse.apply(list.get(i));
            if (value == null) in.error(at + "/" + i, rule);
            else if (out.contains(value)) in.error(at + "/" + i, "repeats an earlier value");
            else out.add(value);
        }
        return out;
    }
}
