package org.factcheck.claims.domain;

import java.time.Instant;
import java.util.Set;

/**
 * What a subscription matches an event on, as the event item holds it: speaker and
 * outlets already normalized ({@link TextNormalizer}); {@code rating} null without a verdict;
 * {@code timestamp} when the change happened (ISO-8601).
 */
public record ChangeFacts(
        String type,
        String timestamp,
        String claimId,
        String speakerNormalized,
        Set<String> outletsNormalized,
        String status,
        String rating) {
    public ChangeFacts {
        outletsNormalized = outletsNormalized == null ? Set.of() : Set.copyOf(outletsNormalized);
    }

    /**
     * Whether {@code s} wants this event: active, naming its type, existing when the change
     * happened (the stream may still hold older changes when a subscription is made), and
     * every dimension of its filter met by one of its values (speakers and outlets compared
     * normalized).
     */
    public boolean wantedBy(Subscription s) {
        if (s.status() != SubscriptionStatus.ACTIVE || !s.events().contains(type)) return false;
        if (Instant.parse(timestamp).isBefore(Instant.parse(s.createdAt()))) return false;
        SubscriptionFilter f = s.filter();
        if (!f.claimIds().isEmpty() && !f.claimIds().contains(claimId)) return false;
        if (!f.speakers().isEmpty()
                && f.speakers().stream().map(TextNormalizer::normalize).noneMatch(v -> v.equals(speakerNormalized)))
            return false;
        if (!f.outlets().isEmpty()
                && f.outlets().stream().map(TextNormalizer::normalize).noneMatch(outletsNormalized::contains))
            return false;
        if (!f.statuses().isEmpty() && f.statuses().stream().map(Enum::name).noneMatch(v -> v.equals(status)))
            return false;
        return f.ratings().isEmpty() || f.ratings().stream().map(Enum::name).anyMatch(v -> v.equals(rating));
    }
}
