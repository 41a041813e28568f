package org.factcheck.claims.store.sqs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factcheck.claims.AppConfig;
import org.factcheck.claims.json.Json;
import org.factcheck.claims.store.AwsClients;
import org.factcheck.claims.store.DeliveryQueue;
import org.factcheck.claims.store.StoreUnavailableException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

/**
 * {@link DeliveryQueue} on SQS (DELIVERY_QUEUE_URL); the endpoint comes from the SDK's
 * standard AWS_ENDPOINT_URL_SQS when set (moto). A message body is
 * {@code {"eventId","subscriptionId","ownerKeyId","body"}}.
 */
public final class SqsDeliveryQueue implements DeliveryQueue {
    /** SendMessageBatch takes at most 10 messages. */
    private static final int BATCH = 10;

    private final SqsClient sqs;
    private final String queueUrl;

    public SqsDeliveryQueue(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    public static SqsDeliveryQueue fromEnvironment() {
        return new SqsDeliveryQueue(Holder.CLIENT, AppConfig.deliveryQueueUrl());
    }

    private static final class Holder {
        static final SqsClient CLIENT =
                AwsClients.build(SqsClient.builder(), o -> o.apiCallTimeout(Duration.ofSeconds(6)));
    }

    /** The message body of a delivery. */
    public static String message(Delivery d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("eventId", d.eventId());
        m.put("subscriptionId", d.subscriptionId());
        m.put("ownerKeyId", d.ownerKeyId());
        m.put("claimId", d.claimId());
        m.put("body", d.body());
        return Json.write(m);
    }

    /** A delivery from its message body. */
    public static Delivery parse(String message) {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) Json.parse(message);
        return new Delivery(
                (String) m.get("eventId"),
                (String) m.get("subscriptionId"),
                (String) m.get("ownerKeyId"),
                (String) m.get("claimId"),
                (String) m.get("body"));
    }

    @Override
    public void send(List<Delivery> deliveries) {
        try {
            for (int from = 0; from < deliveries.size(); from += BATCH) {
                List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
                List<Delivery> batch = deliveries.subList(from, Math.min(deliveries.size(), from + BATCH));
                for (int i = 0; i < batch.size(); i++) {
                    Delivery d = batch.get(i);
                    entries.add(SendMessageBatchRequestEntry.builder()
                            .id(Integer.toString(i))
                            .messageBody(message(d))
                            .messageGroupId(d.group())
                            .messageDeduplicationId(d.deduplicationId())
                            .build());
                }
                SendMessageBatchResponse response =
                        sqs.sendMessageBatch(b -> b.queueUrl(queueUrl).entries(entries));
                if (response.hasFailed() && !response.failed().isEmpty()) {
                    throw new StoreUnavailableException(
                            "SQS refused " + response.failed().size() + " deliveries: "
                                    + response.failed().getFirst().code(),
                            null);
                }
            }
        } catch (SdkException e) {
            throw new StoreUnavailableException("SQS unreachable or failed", e);
        }
    }

    @Override
    public void retryAfter(String receiptHandle, int seconds) {
        try {
            sqs.changeMessageVisibility(
                    c -> c.queueUrl(queueUrl).receiptHandle(receiptHandle).visibilityTimeout(seconds));
        } catch (SdkException e) {
            throw new StoreUnavailableException("SQS unreachable or failed", e);
        }
    }
}
