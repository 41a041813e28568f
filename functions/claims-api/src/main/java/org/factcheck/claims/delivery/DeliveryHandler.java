package org.factcheck.claims.delivery;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factcheck.claims.AppConfig;
import org.factcheck.claims.domain.HostResolver;
import org.factcheck.claims.domain.RetrySchedule;
import org.factcheck.claims.lambda.BatchHandler;
import org.factcheck.claims.net.SystemHostResolver;
import org.factcheck.claims.priming.DeliveryPriming;
import org.factcheck.claims.store.DeliveryQueue;
import org.factcheck.claims.store.DeliveryQueue.Delivery;
import org.factcheck.claims.store.DeliveryStore;
import org.factcheck.claims.store.dynamodb.DynamoDbDeliveryStore;
import org.factcheck.claims.store.sqs.SqsDeliveryQueue;
import org.factcheck.claims.telemetry.RequestLog;

/**
 * The delivery function: the FIFO delivery queue in, one signed POST per message out
 * ({@link WebhookSender}). A failed attempt hides its message for the schedule's next delay
 * (ChangeMessageVisibility, by ApproximateReceiveCount) and is reported as a batch item
 * failure; after the last attempt the queue's redrive policy moves it to the dead-letter
 * queue. Within a batch, a group (subscription and claim) stops at its first failure:
 * its later messages are failed unsent, so one claim's events never overtake each other.
 */
public final class DeliveryHandler extends BatchHandler {
    private final WebhookSender sender;
    private final DeliveryQueue queue;
    private final RetrySchedule schedule;

    public DeliveryHandler() {
        this(DynamoDbDeliveryStore.forDelivery(), SqsDeliveryQueue.fromEnvironment());
    }

    private DeliveryHandler(DeliveryStore store, DeliveryQueue queue) {
        this(
                new WebhookSender(
                        store,
                        new SystemHostResolver(),
                        AppConfig.allowLoopbackWebhooks(),
                        Duration.ofSeconds(AppConfig.webhookPauseAfterSeconds())),
                queue,
                RetrySchedule.parse(AppConfig.webhookRetrySeconds()));
        DeliveryPriming.registerDelivery(
                store,
                queue,
                (sample, stopped) -> new DeliveryHandler(
                        new WebhookSender(
                                sample, host -> List.of(InetAddress.getLoopbackAddress()), true, Duration.ofDays(1)),
                        stopped,
                        schedule));
    }

    public DeliveryHandler(WebhookSender sender, DeliveryQueue queue, RetrySchedule schedule) {
        this.sender = sender;
        this.queue = queue;
        this.schedule = schedule;
    }

    /** For tests and the development server: the store, the resolver and the loopback rule given. */
    public static DeliveryHandler over(
            DeliveryStore store, HostResolver resolver, DeliveryQueue queue, RetrySchedule schedule, Duration pause) {
        return new DeliveryHandler(
                new WebhookSender(store, resolver, AppConfig.allowLoopbackWebhooks(), pause), queue, schedule);
    }

    @Override
    protected List<String> failed(List<Map<String, Object>> records, LambdaLogger logger) {
        List<String> failures = new ArrayList<>();
        // Groups stopped in this batch, with the delay their failed message got (-1: none set).
        Map<String, Integer> stoppedGroups = new HashMap<>();
        for (Map<String, Object> record : records) {
            String messageId = (String) record.get("messageId");
            Delivery delivery = SqsDeliveryQueue.parse((String) record.get("body"));
            if (stoppedGroups.containsKey(delivery.group())) {
                // Unsent, and visible again with the failed one, so the group resumes in order.
                int delay = stoppedGroups.get(delivery.group());
                if (delay >= 0) hide(logger, delivery, (String) record.get("receiptHandle"), delay);
                failures.add(messageId);
                continue;
            }
            int attempt = receiveCount(record);
            WebhookSender.Outcome outcome;
            try {
                outcome = sender.deliver(delivery);
            } catch (RuntimeException e) {
                // The store failed, not the receiver: no attempt was made; the message returns after its visibility
                // timeout.
                RequestLog.error(
                        logger, line(delivery, attempt, "error: " + e.getClass().getName(), -1));
                stoppedGroups.put(delivery.group(), -1);
                failures.add(messageId);
                continue;
            }
            if (outcome.delivered()) {
                RequestLog.info(logger, line(delivery, attempt, outcome.description(), -1));
                continue;
            }
            // After the last attempt: visible at once, so the redrive policy moves it to the DLQ now.
            int delay = Math.max(schedule.delayAfter(attempt), 0);
            hide(logger, delivery, (String) record.get("receiptHandle"), delay);
            RequestLog.error(logger, line(delivery, attempt, outcome.description(), schedule.delayAfter(attempt)));
            stoppedGroups.put(delivery.group(), delay);
            failures.add(messageId);
        }
        return failures;
    }

    private void hide(LambdaLogger logger, Delivery delivery, String receiptHandle, int seconds) {
        try {
            queue.retryAfter(receiptHandle, seconds);
        } catch (RuntimeException e) {
            // It then returns after the queue's visibility timeout instead.
            RequestLog.error(
                    logger, line(delivery, 0, "visibility: " + e.getClass().getName(), seconds));
        }
    }

    @SuppressWarnings("unchecked")
    private static int receiveCount(Map<String, Object> record) {
        Map<String, Object> attributes = (Map<String, Object>) record.getOrDefault("attributes", Map.of());
        Object count = attributes.get("ApproximateReceiveCount");
        return count == null ? 1 : Integer.parseInt(count.toString());
    }

    /** Ids, the attempt and its outcome: never the body, a header or a secret. */
    private static String line(Delivery d, int attempt, String outcome, int retryInSeconds) {
        return RequestLog.line("delivery")
                .with("eventId", d.eventId())
                .with("subscriptionId", d.subscriptionId())
                .with("attempt", attempt)
                .with("outcome", outcome)
                .with("retryInSeconds", retryInSeconds >= 0 ? retryInSeconds : null)
                .write();
    }
}
