package org.factcheck.claims.domain;

import java.util.List;

/**
 * What a subscription is about. Dimensions left empty match every claim; given ones must
 * all match (any value of each). Speakers and outlets match as the claim indexes match
 * names ({@link TextNormalizer}); the claim is the one the event's data shows after the change.
 */
public record SubscriptionFilter(
        List<String> claimIds,
        List<String> speakers,
        List<String> outlets,
        List<ClaimStatus> statuses,
        List<Rating> ratings) {
    public static final SubscriptionFilter ALL =
            new SubscriptionFilter(List.of(), List.of(), List.of(), List.of(), List.of());

    public SubscriptionFilter {
        claimIds = List.copyOf(claimIds);
        speakers = List.copyOf(speakers);
        outlets = List.copyOf(outlets);
        statuses = List.copyOf(statuses);
        ratings = List.copyOf(ratings);
    }

    /** One dimension and a value of it, as the matching index keys it. */
    public record MatchKey(String dimension, String value) {
        /** Subscriptions without a filter: they match every claim. */
        public static final MatchKey ALL = new MatchKey("all", "");
    }

    /**
     * The index entries that find this subscription for an event: the values of its most
     * selective dimension only (claim ids, then speakers, outlets, ratings, statuses), or
     * {@link MatchKey#ALL}. Since every given dimension must match, each matching event
     * meets one of these; the notifier then applies the whole filter.
     */
    public List<MatchKey> matchKeys() {
        if (!claimIds.isEmpty())
            return claimIds.stream().map(v -> new MatchKey("claimId", v)).toList();
        if (!speakers.isEmpty()) return names("speaker", speakers);
        if (!outlets.isEmpty()) return names("outlet", outlets);
        if (!ratings.isEmpty())
            return ratings.stream().map(r -> new MatchKey("rating", r.name())).toList();
        if (!statuses.isEmpty())
            return statuses.stream().map(s -> new MatchKey("status", s.name())).toList();
        return List.of(MatchKey.ALL);
    }

    private static List<MatchKey> names(String dimension, List<String> names) {
        return names.stream()
                .map(TextNormalizer::normalize)
                .distinct()
                .map(v -> new MatchKey(dimension, v))
                .toList();
    }
}
