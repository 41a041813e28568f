package org.factcheck.claims.delivery;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factcheck.claims.domain.ChangeFacts;
import org.factcheck.claims.domain.Subscription;
import org.factcheck.claims.json.Json;
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
public final class NotifierHandler implements RequestStreamHandler {
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
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        Map<String, Object> event = (Map<String, Object>) Json.parse(input);
        List<Map<String, Object>> records = (List<Map<String, Object>>) event.getOrDefault("Records", List.of());
        LambdaLogger logger = RequestLog.logger(context);
        List<Map<String, Object>> failures = new ArrayList<>();
        for (Map<String, Object> record : records) {
            Map<String, Object> dynamodb = (Map<String, Object>) record.get("dynamodb");
            String sequence = String.valueOf(dynamodb.get("SequenceNumber"));
            if (!failures.isEmpty()) {
                failures.add(Map.of("itemIdentifier", sequence));
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
                failures.add(Map.of("itemIdentifier", sequence));
            }
        }
        output.write(Json.write(Map.of("batchItemFailures", failures)).getBytes(StandardCharsets.UTF_8));
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
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("type", "notify");
        line.put("eventId", eventId);
        line.put("eventType", type);
        line.put("deliveries", deliveries);
        if (error != null) line.put("error", error);
        return Json.write(line);
    }
}
