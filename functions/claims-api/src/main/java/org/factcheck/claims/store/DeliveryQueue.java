package org.factcheck.claims.store;

import java.util.List;

/**
 * The webhook delivery queue (SQS FIFO): one message per event and subscription. One
 * subscription's deliveries about one claim form a group, so they arrive in order; the
 * event id and subscription id make the de-duplication id, so a notifier retry adds nothing.
 */
public interface DeliveryQueue {

    /** One delivery: {@code body} is the webhook body exactly as it is sent. */
    record Delivery(String eventId, String subscriptionId, String ownerKeyId, String claimId, String body) {
        /** The FIFO group: per subscription and claim (a ping, per subscription). */
        public String group() {
            return subscriptionId + "#" + (claimId == null ? "ping" : claimId);
        }

        public String deduplicationId() {
            return eventId + "#" + subscriptionId;
        }
    }

    /** Enqueues all of them, or throws (some may have been enqueued: de-duplication covers a retry). */
    void send(List<Delivery> deliveries);

    /** Hides a received message for {@code seconds}: the next attempt is made no earlier. */
    void retryAfter(String receiptHandle, int seconds);
}
