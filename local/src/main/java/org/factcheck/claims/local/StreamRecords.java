package org.factcheck.claims.local;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factcheck.claims.AppConfig;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;

/** DynamoDB stream records as Lambda's event holds them, and Lambda's event filtering, for {@link LocalDelivery}. */
final class StreamRecords {
    private StreamRecords() {}

    /** The record as Lambda's DynamoDB event holds it. */
    static Map<String, Object> lambdaRecord(Record r, String streamArn) {
        Map<String, Object> dynamodb = new LinkedHashMap<>();
        dynamodb.put(
                "ApproximateCreationDateTime",
                r.dynamodb().approximateCreationDateTime() == null
                        ? 0
                        : r.dynamodb().approximateCreationDateTime().getEpochSecond());
        dynamodb.put("Keys", json(r.dynamodb().keys()));
        if (r.dynamodb().hasNewImage())
            dynamodb.put("NewImage", json(r.dynamodb().newImage()));
        if (r.dynamodb().hasOldImage())
            dynamodb.put("OldImage", json(r.dynamodb().oldImage()));
        dynamodb.put("SequenceNumber", r.dynamodb().sequenceNumber());
        dynamodb.put("SizeBytes", r.dynamodb().sizeBytes());
        dynamodb.put("StreamViewType", r.dynamodb().streamViewTypeAsString());
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("eventID", r.eventID());
        record.put("eventName", r.eventNameAsString());
        record.put("eventVersion", r.eventVersion());
        record.put("eventSource", "aws:dynamodb");
        record.put("awsRegion", AppConfig.region());
        record.put("dynamodb", dynamodb);
        record.put("eventSourceARN", streamArn);
        return record;
    }

    /** Whether a filter pattern accepts the event (Lambda's filtering: values in lists, prefix rules). */
    @SuppressWarnings("unchecked")
    static boolean matches(Map<String, Object> pattern, Map<String, Object> event) {
        for (Map.Entry<String, Object> rule : pattern.entrySet()) {
            Object value = event.get(rule.getKey());
            if (rule.getValue() instanceof Map<?, ?> nested) {
                if (!(value instanceof Map<?, ?> inner)
                        || !matches((Map<String, Object>) nested, (Map<String, Object>) inner)) return false;
            } else {
                boolean any = false;
                for (Object allowed : (List<Object>) rule.getValue()) {
                    if (allowed instanceof Map<?, ?> m && m.get("prefix") != null) {
                        any |= value instanceof String s
                                && s.startsWith(m.get("prefix").toString());
                    } else {
                        any |= allowed.equals(value);
                    }
                }
                if (!any) return false;
            }
        }
        return true;
    }

    private static Map<String, Object> json(Map<String, AttributeValue> item) {
        Map<String, Object> out = new LinkedHashMap<>();
        item.forEach((name, value) -> out.put(name, json(value)));
        return out;
    }

    private static Map<String, Object> json(AttributeValue v) {
        if (v.s() != null) return Map.of("S", v.s());
        if (v.n() != null) return Map.of("N", v.n());
        if (v.bool() != null) return Map.of("BOOL", v.bool());
        if (Boolean.TRUE.equals(v.nul())) return Map.of("NULL", true);
        if (v.b() != null) return Map.of("B", Base64.getEncoder().encodeToString(v.b().asByteArray()));
        if (v.hasSs()) return Map.of("SS", v.ss());
        if (v.hasNs()) return Map.of("NS", v.ns());
        if (v.hasL()) return Map.of("L", v.l().stream().map(StreamRecords::json).toList());
        if (v.hasM()) return Map.of("M", json(v.m()));
        return Map.of("NULL", true);
    }
}
