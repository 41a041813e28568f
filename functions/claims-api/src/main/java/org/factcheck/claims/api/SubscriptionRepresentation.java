package org.factcheck.claims.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.factcheck.claims.domain.Subscription;
import org.factcheck.claims.domain.SubscriptionFilter;

/** A subscription as the API shows it; its secret only where {@link #withSecret} adds it (once). */
final class SubscriptionRepresentation {
    private SubscriptionRepresentation() {}

    static Map<String, Object> of(Subscription s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("url", s.url());
        m.put("events", s.events());
        m.put("filter", filter(s.filter()));
        m.put("description", s.description());
        m.put("status", s.status().name());
        m.put("pausedReason", s.pausedReason());
        m.put("ownerKeyId", s.ownerKeyId());
        m.put("createdAt", s.createdAt());
        m.put("updatedAt", s.updatedAt());
        m.put("secretRotatedAt", s.secretRotatedAt());
        m.put("previousSecretExpiresAt", s.previousSecretExpiresAt());
        Map<String, Object> last = null;
        if (s.lastDeliveryAt() != null) {
            last = new LinkedHashMap<>();
            last.put("at", s.lastDeliveryAt());
            last.put("outcome", s.lastDeliveryOutcome());
        }
        m.put("lastDelivery", last);
        m.put("consecutiveFailures", s.consecutiveFailures());
        return m;
    }

    static Map<String, Object> withSecret(Subscription s, String secret) {
        Map<String, Object> m = of(s);
        m.put("secret", secret);
        return m;
    }

    /** Only the dimensions given; {} for every claim. */
    private static Map<String, Object> filter(SubscriptionFilter f) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (!f.claimIds().isEmpty()) m.put("claimIds", f.claimIds());
        if (!f.speakers().isEmpty()) m.put("speakers", f.speakers());
        if (!f.outlets().isEmpty()) m.put("outlets", f.outlets());
        if (!f.statuses().isEmpty())
            m.put("statuses", f.statuses().stream().map(Enum::name).toList());
        if (!f.ratings().isEmpty())
            m.put("ratings", f.ratings().stream().map(Enum::name).toList());
        return m;
    }
}
