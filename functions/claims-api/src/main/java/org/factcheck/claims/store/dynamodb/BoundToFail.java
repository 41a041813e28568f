package org.factcheck.claims.store.dynamodb;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * During a {@link DryRun} (priming), DynamoDB writes are sent, so that the first real
 * request finds the HTTP connection, the sending and the answer's parsing warm, but each
 * is made bound to fail: a PutItem or UpdateItem is moved to the {@link BoundWrites#RESERVED} key of
 * its table and conditioned on that item existing; so is the first action of a transaction
 * (a Put or an Update), which cancels the whole. Each keeps its kind and table, so priming
 * needs no IAM action the route does not. Nothing ever writes the reserved item, so DynamoDB
 * refuses every such write and writes nothing. That refusal (a failed condition) reaches
 * the store as the success answer the write would have had ({@link PrimingAnswers}), so the
 * parsing of a success and the store's code after the write are primed too, and
 * {@link DryRun#refusalsAnswered()} counts it. Any other 400 reaches the caller as
 * {@link DryRun.Stopped}. A GetItem, Query or BatchGetItem made under {@link DryRun#foundAs}
 * that finds nothing is answered with the sample's item (items), so the mapping of found
 * items is primed as well.
 * Any other write (a DeleteItem, an item of an unknown table) is stopped before sending
 * instead. The rewriting is {@link BoundWrites}'.
 */
public final class BoundToFail implements ExecutionInterceptor {
    public static final BoundToFail INTERCEPTOR = new BoundToFail();

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
        SdkRequest request = context.request();
        byte[] found = switch (request) {
            case GetItemRequest get -> PrimingAnswers.foundOf(DryRun.found());
            case QueryRequest query -> PrimingAnswers.queriedOf(DryRun.found());
            case BatchGetItemRequest batch -> PrimingAnswers.batchFoundOf(batch, DryRun.found());
            default -> null;
        };
        if (found != null) {
            attributes.putAttribute(FOUND, found);
            return request;
        }
        SdkRequest rewritten = BoundWrites.rewrite(request); // null for a read
        if (rewritten == null) return request;
        attributes.putAttribute(DryRun.BOUND_TO_FAIL, Boolean.TRUE);
        attributes.putAttribute(ANSWER, PrimingAnswers.successOf(request, DryRun.found()));
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
                    && !m.containsKey("Item")
                    && (!(m.get("Items") instanceof List<?> items) || items.isEmpty())
                    && (!(m.get("Responses") instanceof Map<?, ?> tables)
                            || tables.values().stream().allMatch(t -> t instanceof List<?> l && l.isEmpty()));
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
}
