package org.factcheck.claims.delivery;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factcheck.claims.domain.ChangeFacts;
import org.factcheck.claims.domain.Subscription;
import org.factcheck.claims.lambda.BatchHandler;
import org.factcheck.claims.priming.DeliveryPriming;
import org.factcheck.claims.store.DeliveryQueue;
import org.factcheck.claims.store.DeliveryQueue.Delivery;
import org.factcheck.claims.store.DeliveryStore;
import org.factcheck.claims.store.dynamodb.DynamoDbDeliveryStore;
import org.factcheck.claims.store.sqs.SqsDeliveryQueue;
import org.factcheck.claims.telemetry.RequestLog;

/**
 * The notifier: the claims table's stream, filtered to new event items (template.yaml),
 * in; one delivery per matching subscription out, on the FIFO delivery queue. Matching
 * reads the match index (no scan) and then applies each candidate's whole filter
 * ({@link ChangeFacts#wantedBy}). Records are handled in stream order; at the first that
 * fails, it and every later one are reported as batch item failures, so Lambda retries
 * from there (bisecting on repeated errors) and the queue's de-duplication drops what
 * was already sent.
 */
public final class NotifierHandler extends BatchHandler {
    private final DeliveryStore store;
    private final DeliveryQueue queue;

    public NotifierHandler() {
        this(DynamoDbDeliveryStore.forNotifier(), SqsDeliveryQueue.fromEnvironment());
        DeliveryPriming.registerNotifier(store, queue, NotifierHandler::new);
    }

    public NotifierHandler(DeliveryStore store, DeliveryQueue queue) {
        this.store = store;
        this.queue = queue;
    }

    @Override
    @SuppressWarnings("unchecked")
    protected List<String> failed(List<Map<String, Object>> records, LambdaLogger logger) {
        List<String> failures = new ArrayList<>();
        for (Map<String, Object> record : records) {
            Map<String, Object> dynamodb = (Map<String, Object>) record.get("dynamodb");
            String sequence = String.valueOf(dynamodb.get("SequenceNumber"));
            if (!failures.isEmpty()) {
                failures.add(sequence);
                continue;
            }
            Map<String, Object> image = (Map<String, Object>) dynamodb.get("NewImage");
            try {
                int sent = notify(image);
                RequestLog.info(logger, line(string(image, "id"), string(image, "type"), sent, null));
            } catch (RuntimeException e) {
                RequestLog.error(
                        logger,
                        line(
                                string(image, "id"),
                                string(image, "type"),
                                0,
                                e.getClass().getName()));
                failures.add(sequence);
            }
        }
        return failures;
    }

    /** Enqueues the event's deliveries; returns how many. */
    int notify(Map<String, Object> image) {
        if (image == null || string(image, "body") == null) return 0;
        ChangeFacts facts = facts(image);
        List<Delivery> deliveries = new ArrayList<>();
        for (Subscription s : store.candidates(facts)) {
            if (!facts.wantedBy(s)) continue;
            deliveries.add(
                    new Delivery(string(image, "id"), s.id(), s.ownerKeyId(), facts.claimId(), string(image, "body")));
        }
        if (!deliveries.isEmpty()) queue.send(deliveries);
        return deliveries.size();
    }

    /** The matching attributes of an event item's stream image (DynamoDB JSON). */
    static ChangeFacts facts(Map<String, Object> image) {
        return new ChangeFacts(
                string(image, "type"),
                string(image, "timestamp"),
                string(image, "claimId"),
                string(image, "speakerNormalized"),
                stringSet(image, "outletsNormalized"),
                string(image, "status"),
                string(image, "rating"));
    }

    @SuppressWarnings("unchecked")
    private static String string(Map<String, Object> image, String name) {
        if (image == null) return null;
        Map<String, Object> value = (Map<String, Object>) image.get(name);
        return value == null ? null : (String) value.get("S");
    }

    @SuppressWarnings("unchecked")
    private static Set<String> stringSet(Map<String, Object> image, String name) {
        Map<String, Object> value = (Map<String, Object>) image.get(name);
        if (value == null || value.get("SS") == null) return Set.of();
        return new LinkedHashSet<>((List<String>) value.get("SS"));
    }

    private static String line(String eventId, String type, int deliveries, String error) {
        return RequestLog.line("notify")
                .with("eventId", eventId)
                .with("eventType", type)
                .with("deliveries", deliveries)
                .with("error", error)
                .write();
    }
}
