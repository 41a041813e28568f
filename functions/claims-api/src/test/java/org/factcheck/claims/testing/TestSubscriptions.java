package org.factcheck.claims.testing;

import java.util.List;
import org.factcheck.claims.domain.NewSubscription;
import org.factcheck.claims.domain.Subscription;
import org.factcheck.claims.domain.SubscriptionFilter;
import org.factcheck.claims.domain.SubscriptionInput;
import org.factcheck.claims.domain.SubscriptionStatus;

/** A subscription for unit tests, created and paused as the API creates and pauses one. */
public final class TestSubscriptions {
    public static final String ID = "01ARZ3NDEKTSV4RRFFQ69G5FAW";
    public static final String OWNER = "01ARZ3NDEKTSV4RRFFQ69G5FAX";
    /** When it was created: changes from before then are not sent to it. */
    public static final String CREATED_AT = "2024-01-01T00:00:00Z";

    private TestSubscriptions() {}

    /** Active and never delivered to, as POST /subscriptions creates it. */
    public static Subscription active(String url, List<String> events, SubscriptionFilter filter) {
        return Subscription.created(ID, OWNER, new NewSubscription(url, events, filter, null), CREATED_AT);
    }

    /** Paused by its owner (PATCH {"status": "PAUSED"}) a day after it was created. */
    public static Subscription paused(Subscription s) {
        return new SubscriptionInput.Patch(SubscriptionStatus.PAUSED, null, null, false, null)
                .applyTo(s, "2024-01-02T00:00:00Z");
    }
}
