package org.factcheck.claims.store.dynamodb;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import org.factcheck.claims.json.Json;
import org.factcheck.claims.store.DryRun;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * During a {@link DryRun} (priming), DynamoDB writes are sent, so that the first real
 * request finds the HTTP connection, the sending and the answer's parsing warm, but each
 * is made bound to fail: a PutItem or UpdateItem is moved to the {@link #RESERVED} key of
 * its table and conditioned on that item existing; so is the first action of a transaction
 * (a Put or an Update), which cancels the whole. Each keeps its kind and table, so priming
 * needs no IAM action the route does not. Nothing ever writes the reserved item, so DynamoDB
 * refuses every such write and writes nothing. That refusal (a failed condition) reaches
 * the store as the success answer the write would have had ({@link PrimingAnswers}), so the
 * parsing of a success and the store's code after the write are primed too, and
 * {@link DryRun#refusalsAnswered()} counts it. Any other 400 reaches the caller as
 * {@link DryRun.Stopped}. A GetItem made under {@link DryRun#foundAs} that finds nothing
 * is answered with the sample's item, so the mapping of a found item is primed as well. Any other write (a DeleteItem, an item of an unknown table) is
 * stopped before sending instead.
 */
public final class BoundToFail implements ExecutionInterceptor {
    /** The key value of the item that never exists, in every key attribute. */
    public static final String RESERVED = "PRIMING#NEVER-WRITTEN";

    public static final BoundToFail INTERCEPTOR = new BoundToFail();

    private static final String NAME = "#boundToFail";

    /** The tables' key attributes: the claims table's first, since its items also hold the others' names. */
    private static final List<List<String>> TABLE_KEYS = List.of(
            List.of(Keys.PK, Keys.SK), List.of(ApiKeySchema.KEY_ID), List.of(SubscriptionSecretSchema.SUBSCRIPTION_ID));

    /** The success answer of the write as the store made it, given in place of its refusal. */
    private static final ExecutionAttribute<byte[]> ANSWER = new ExecutionAttribute<>("BoundToFailAnswer");

    /** A GetItem's answer if it finds nothing: the item of the sample given by {@link DryRun#foundAs}. */
    private static final ExecutionAttribute<byte[]> FOUND = new ExecutionAttribute<>("BoundToFailFound");

    /** The body that goes on to the client once read here: an answer given in place of DynamoDB's, or its own. */
    private static final ExecutionAttribute<byte[]> BODY = new ExecutionAttribute<>("BoundToFailBody");

    private BoundToFail() {}

    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        if (!DryRun.on()) return context.request();
        if (context.request() instanceof GetItemRequest) {
            byte[] found = PrimingAnswers.foundOf(DryRun.found());
            if (found != null) attributes.putAttribute(FOUND, found);
            return context.request();
        }
        SdkRequest rewritten = rewrite(context.request());
        if (rewritten == null) return context.request();
        attributes.putAttribute(DryRun.BOUND_TO_FAIL, Boolean.TRUE);
        attributes.putAttribute(ANSWER, PrimingAnswers.successOf(context.request(), DryRun.found()));
        return rewritten;
    }

    /** A 200 would mean the write was applied, which must never pass silently. */
    @Override
    public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
        if (!boundToFail(attributes)) return;
        if (context.httpResponse().statusCode() == 200) {
            String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
            throw new IllegalStateException("priming: " + operation + " bound to fail was applied");
        }
    }

    /**
     * A 400 for a failed condition is the refusal planned: it becomes a 200 with the write's
     * success answer (the checksum DynamoDB's client checks is the answer's). Any other 400
     * (throttling, validation) wrote nothing either and becomes {@link DryRun.Stopped}; a 5xx
     * is left to the client's usual handling. The body is read to its end either way, so
     * the connection is kept for the next call.
     */
    @Override
    public SdkHttpResponse modifyHttpResponse(Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
        SdkHttpResponse response = context.httpResponse();
        byte[] found = attributes.getAttribute(FOUND);
        if (found != null && response.statusCode() == 200) {
            byte[] own = context.responseBody().map(BoundToFail::read).orElse(new byte[0]);
            boolean foundNothing = Json.parse(new String(own, StandardCharsets.UTF_8)) instanceof Map<?, ?> m
                    && !m.containsKey("Item");
            if (!foundNothing) return keep(response, own, attributes);
            DryRun.sampleFound();
            return answered(response, found, attributes);
        }
        if (!boundToFail(attributes) || response.statusCode() != 400) return response;
        byte[] refusal = context.responseBody().map(BoundToFail::read).orElse(new byte[0]);
        if (!new String(refusal, StandardCharsets.UTF_8).contains("ConditionalCheckFailed")) {
            throw DryRun.refused(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
        }
        DryRun.refusalAnswered();
        return answered(response, attributes.getAttribute(ANSWER), attributes);
    }

    /** DynamoDB's answer as it was, its body having been read here. */
    private static SdkHttpResponse keep(SdkHttpResponse response, byte[] body, ExecutionAttributes attributes) {
        attributes.putAttribute(BODY, body);
        return response;
    }

    /** A 200 with {@code answer} as its body, carrying the checksum DynamoDB's client checks. */
    private static SdkHttpResponse answered(SdkHttpResponse response, byte[] answer, ExecutionAttributes attributes) {
        attributes.putAttribute(BODY, answer);
        CRC32 crc = new CRC32();
        crc.update(answer);
        return response.toBuilder()
                .statusCode(200)
                .statusText("OK")
                .putHeader("x-amz-crc32", Long.toString(crc.getValue()))
                .putHeader("Content-Length", Integer.toString(answer.length))
                .build();
    }

    @Override
    public Optional<InputStream> modifyHttpResponseContent(
            Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
        byte[] body = attributes.getAttribute(BODY);
        return body == null ? context.responseBody() : Optional.of(new ByteArrayInputStream(body));
    }

    private static boolean boundToFail(ExecutionAttributes attributes) {
        return Boolean.TRUE.equals(attributes.getAttribute(DryRun.BOUND_TO_FAIL));
    }

    private static byte[] read(InputStream body) {
        try (body) {
            return body.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The write made bound to fail; null for a read, or a write this cannot make so (stopped instead). */
    static SdkRequest rewrite(SdkRequest request) {
        return switch (request) {
            case PutItemRequest put -> {
                Moved m = Moved.item(put.item(), put.conditionExpression(), put.expressionAttributeNames());
                yield m == null
                        ? null
                        : put.toBuilder()
                                .item(m.key)
                                .conditionExpression(m.condition)
                                .expressionAttributeNames(m.names)
                                .build();
            }
            case UpdateItemRequest update -> {
                Moved m = Moved.key(update.key(), update.conditionExpression(), update.expressionAttributeNames());
                yield update.toBuilder()
                        .key(m.key)
                        .conditionExpression(m.condition)
                        .expressionAttributeNames(m.names)
                        .build();
            }
            case TransactWriteItemsRequest transaction -> {
                if (transaction.transactItems().isEmpty()) yield null;
                TransactWriteItem moved =
                        firstActionMoved(transaction.transactItems().getFirst());
                if (moved == null) yield null;
                List<TransactWriteItem> items = new ArrayList<>(transaction.transactItems());
                items.set(0, moved);
                yield transaction.toBuilder().transactItems(items).build();
            }
            default -> null;
        };
    }

    /** A transaction's first action moved to the reserved key, as a single write is; null if not a Put or Update. */
    private static TransactWriteItem firstActionMoved(TransactWriteItem first) {
        if (first.put() != null) {
            Put put = first.put();
            Moved m = Moved.item(put.item(), put.conditionExpression(), put.expressionAttributeNames());
            return m == null
                    ? null
                    : first.toBuilder()
                            .put(put.toBuilder()
                                    .item(m.key)
                                    .conditionExpression(m.condition)
                                    .expressionAttributeNames(m.names)
                                    .build())
                            .build();
        }
        if (first.update() != null) {
            Update update = first.update();
            Moved m = Moved.key(update.key(), update.conditionExpression(), update.expressionAttributeNames());
            return first.toBuilder()
                    .update(update.toBuilder()
                            .key(m.key)
                            .conditionExpression(m.condition)
                            .expressionAttributeNames(m.names)
                            .build())
                    .build();
        }
        return null;
    }

    /** A write's key (or whole item) at the reserved key, and its condition requiring that item to exist. */
    private record Moved(Map<String, AttributeValue> key, String condition, Map<String, String> names) {
        static Moved key(Map<String, AttributeValue> key, String condition, Map<String, String> names) {
            return moved(List.copyOf(key.keySet()), new HashMap<>(), condition, names);
        }

        /** Null when the item's table is not known here. */
        static Moved item(Map<String, AttributeValue> item, String condition, Map<String, String> names) {
            List<String> keys = keysOf(item);
            return keys == null ? null : moved(keys, new HashMap<>(item), condition, names);
        }

        private static Moved moved(
                List<String> keys, Map<String, AttributeValue> into, String condition, Map<String, String> names) {
            for (String name : keys) into.put(name, AttributeValue.fromS(RESERVED));
            String reservedExists = "attribute_exists(" + NAME + ")";
            Map<String, String> allNames = new HashMap<>(names);
            allNames.put(NAME, keys.getFirst());
            return new Moved(
                    into, condition == null ? reservedExists : "(" + condition + ") AND " + reservedExists, allNames);
        }
    }

    /** The key attributes of the table an item (or key) belongs to; null when none is known. */
    private static List<String> keysOf(Map<String, AttributeValue> item) {
        for (List<String> keys : TABLE_KEYS) {
            if (item.keySet().containsAll(keys)) return keys;
        }
        return null;
    }
}
