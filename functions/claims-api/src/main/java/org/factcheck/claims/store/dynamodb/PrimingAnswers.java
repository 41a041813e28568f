package org.factcheck.claims.store.dynamodb;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factcheck.claims.domain.Claim;
import org.factcheck.claims.domain.Subscription;
import org.factcheck.claims.domain.SubscriptionFilter.MatchKey;
import org.factcheck.claims.json.Json;
import org.factcheck.claims.keys.ApiKeyRecord;
import org.factcheck.claims.store.DryRun;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * What priming's calls are answered in place of DynamoDB's own answer (see {@link BoundToFail}),
 * so that the SDK's parsing and the store's mapping of a success run before the snapshot too:
 * <ul>
 *   <li>a write refused as bound to fail: what DynamoDB answers when the write applies,
 *       {@code {}}, or for an UpdateItem returning new values, the item it would leave (the
 *       sample's item, if {@link DryRun#foundAs} gave one, with its key and the values its
 *       SET actions assign);
 *   <li>a GetItem that found nothing, made under {@link DryRun#foundAs}: the sample's item;
 *   <li>a Query that found nothing, made under {@link DryRun#foundAs}: a claim's verdict
 *       history as {@link VerdictHistory} reads it (its verdict, then the claim), or a
 *       subscription's match entry; a BatchGetItem that found nothing: the sample's item.
 * </ul>
 */
final class PrimingAnswers {
    /** "name = :value" or "name = if_not_exists(path, :value)": the value such an action assigns. */
    private static final Pattern ASSIGNED =
            Pattern.compile("^\\s*([#\\w]+)\\s*=\\s*(?:if_not_exists\\s*\\([^,()]+,\\s*)?(:\\w+)\\s*\\)?\\s*$");

    private static final Pattern CLAUSE = Pattern.compile("\\b(SET|REMOVE|ADD|DELETE)\\b");

    private PrimingAnswers() {}

    /** The JSON body of the success answer to {@code request} (the write as the store made it); sample may be null. */
    static byte[] successOf(SdkRequest request, Object sample) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (request instanceof UpdateItemRequest update && returnsNewValues(update.returnValues())) {
            Map<String, AttributeValue> item = new LinkedHashMap<>(itemOf(sample));
            item.putAll(update.key());
            item.putAll(assigned(update));
            body.put("Attributes", json(item));
        }
        return bytes(body);
    }

    /** The JSON body of a GetItem's answer that found {@code sample}; null for a sample of no known kind. */
    static byte[] foundOf(Object sample) {
        Map<String, AttributeValue> item = itemOf(sample);
        return item.isEmpty() ? null : bytes(Map.of("Item", json(item)));
    }

    /**
     * The JSON body of a Query's answer that found the sample: a claim's verdict history, or
     * a subscription's entry in the match index (its catch-all partition); null for others.
     */
    static byte[] queriedOf(Object sample) {
        List<Object> items = new ArrayList<>();
        switch (sample) {
            case Claim claim -> {
                if (claim.verdict() != null) {
                    items.add(json(
                            VerdictSchema.ITEM.itemToMap(new VerdictSchema.Entry(claim.id(), claim.verdict()), true)));
                }
                items.add(json(itemOf(claim)));
            }
            case Subscription subscription -> items.add(json(SubscriptionMatchSchema.item(MatchKey.ALL, subscription)));
            case null, default -> {
                return null;
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("Count", items.size());
        body.put("Items", items);
        body.put("ScannedCount", items.size());
        return bytes(body);
    }

    /** The JSON body of a BatchGetItem's answer (of one table) that found the sample; null for none. */
    static byte[] batchFoundOf(BatchGetItemRequest request, Object sample) {
        Map<String, AttributeValue> item = itemOf(sample);
        if (item.isEmpty() || request.requestItems().size() != 1) return null;
        String table = request.requestItems().keySet().iterator().next();
        return bytes(Map.of("Responses", Map.of(table, List.of(json(item))), "UnprocessedKeys", Map.of()));
    }

    /** A sample as its schema writes it; empty for null or a kind not stored as one item. */
    static Map<String, AttributeValue> itemOf(Object sample) {
        return switch (sample) {
            case Claim claim -> ClaimSchema.SCHEMA.itemToMap(claim, true);
            case ApiKeyRecord key -> ApiKeySchema.SCHEMA.itemToMap(key, true);
            case Subscription subscription -> SubscriptionSchema.SCHEMA.itemToMap(subscription, true);
            case null, default -> Map.of();
        };
    }

    private static byte[] bytes(Map<String, Object> body) {
        return Json.write(body).getBytes(StandardCharsets.UTF_8);
    }

    private static boolean returnsNewValues(ReturnValue returned) {
        return returned == ReturnValue.ALL_NEW || returned == ReturnValue.UPDATED_NEW;
    }

    /** The attributes the SET actions of {@code update} assign a plain value (nested paths are left out). */
    static Map<String, AttributeValue> assigned(UpdateItemRequest update) {
        Map<String, AttributeValue> assigned = new LinkedHashMap<>();
        String set = setClause(update.updateExpression());
        if (set == null) return assigned;
        for (String action : topLevel(set)) {
            Matcher m = ASSIGNED.matcher(action);
            if (!m.matches()) continue;
            String name = update.expressionAttributeNames().getOrDefault(m.group(1), m.group(1));
            AttributeValue value = update.expressionAttributeValues().get(m.group(2));
            if (value != null && !name.startsWith("#")) assigned.put(name, value);
        }
        return assigned;
    }

    private static String setClause(String expression) {
        if (expression == null) return null;
        Matcher m = CLAUSE.matcher(expression);
        int start = -1;
        while (m.find()) {
            if (start >= 0) return expression.substring(start, m.start());
            if (m.group(1).equals("SET")) start = m.end();
        }
        return start >= 0 ? expression.substring(start) : null;
    }

    /** The actions of a clause: split at the commas outside parentheses. */
    private static List<String> topLevel(String clause) {
        List<String> actions = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < clause.length(); i++) {
            char c = clause.charAt(i);
            if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == ',' && depth == 0) {
                actions.add(clause.substring(from, i));
                from = i + 1;
            }
        }
        actions.add(clause.substring(from));
        return actions;
    }

    /** An item in DynamoDB's JSON, as its answers carry it. */
    static Map<String, Object> json(Map<String, AttributeValue> item) {
        Map<String, Object> out = new LinkedHashMap<>();
        item.forEach((name, value) -> out.put(name, json(value)));
        return out;
    }

    private static Map<String, Object> json(AttributeValue v) {
        return switch (v.type()) {
            case S -> Map.of("S", v.s());
            case N -> Map.of("N", v.n());
            case B -> Map.of("B", base64(v.b()));
            case BOOL -> Map.of("BOOL", v.bool());
            case NUL -> Map.of("NULL", true);
            case SS -> Map.of("SS", v.ss());
            case NS -> Map.of("NS", v.ns());
            case BS -> Map.of("BS", v.bs().stream().map(PrimingAnswers::base64).toList());
            case M -> Map.of("M", json(v.m()));
            case L -> Map.of("L", v.l().stream().map(PrimingAnswers::json).toList());
            case UNKNOWN_TO_SDK_VERSION -> throw new IllegalArgumentException("an attribute value of no known type");
        };
    }

    private static String base64(SdkBytes bytes) {
        return Base64.getEncoder().encodeToString(bytes.asByteArray());
    }
}
