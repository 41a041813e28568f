package org.factcheck.claims.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The raw side of the warm comparison: a plain low-level client (same HTTP client, region
 * and credentials provider as the functions) sends the very requests a route just sent.
 * A route that writes is replayed on shadow copies of the tables (the table name plus a
 * suffix, copied before the run): the same writes in the same order keep each copy in the
 * state its original had, so every condition holds there as it did for the route.
 */
final class Replay {
    private final DynamoDbClient client = DynamoDbClient.builder()
            .region(Region.of(System.getenv("AWS_REGION")))
            .credentialsProvider(EnvironmentVariableCredentialsProvider.create())
            .httpClient(UrlConnectionHttpClient.create())
            .build();
    private final String shadowSuffix;

    /** With a null suffix, reads are sent to the route's own tables; writes are refused. */
    Replay(String shadowSuffix) {
        this.shadowSuffix = shadowSuffix;
    }

    /** The requests as they will be sent: on the shadow tables if there are any. Untimed. */
    List<DynamoDbRequest> prepare(List<DynamoDbRequest> calls) {
        return calls.stream().map(this::shadow).toList();
    }

    void send(List<DynamoDbRequest> calls) {
        for (DynamoDbRequest call : calls) {
            switch (call) {
                case GetItemRequest r -> client.getItem(r);
                case QueryRequest r -> client.query(r);
                case BatchGetItemRequest r -> client.batchGetItem(r);
                case PutItemRequest r -> client.putItem(r);
                case UpdateItemRequest r -> client.updateItem(r);
                case DeleteItemRequest r -> client.deleteItem(r);
                case TransactWriteItemsRequest r -> client.transactWriteItems(r);
                default -> throw new IllegalStateException("no replay for " + name(call));
            }
        }
    }

    private DynamoDbRequest shadow(DynamoDbRequest call) {
        boolean read =
                call instanceof GetItemRequest || call instanceof QueryRequest || call instanceof BatchGetItemRequest;
        if (shadowSuffix == null) {
            if (!read) throw new IllegalStateException(name(call) + " writes: replay it on shadow tables");
            return call;
        }
        return switch (call) {
            case GetItemRequest r ->
                r.toBuilder().tableName(r.tableName() + shadowSuffix).build();
            case QueryRequest r ->
                r.toBuilder().tableName(r.tableName() + shadowSuffix).build();
            case PutItemRequest r ->
                r.toBuilder().tableName(r.tableName() + shadowSuffix).build();
            case UpdateItemRequest r ->
                r.toBuilder().tableName(r.tableName() + shadowSuffix).build();
            case DeleteItemRequest r ->
                r.toBuilder().tableName(r.tableName() + shadowSuffix).build();
            case BatchGetItemRequest r -> {
                Map<String, software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes> items =
                        new LinkedHashMap<>();
                r.requestItems().forEach((table, keys) -> items.put(table + shadowSuffix, keys));
                yield r.toBuilder().requestItems(items).build();
            }
            case TransactWriteItemsRequest r ->
                r.toBuilder()
                        .transactItems(
                                r.transactItems().stream().map(this::shadow).toList())
                        .build();
            default -> throw new IllegalStateException("no replay for " + name(call));
        };
    }

    private TransactWriteItem shadow(TransactWriteItem item) {
        var put = item.put();
        var update = item.update();
        var delete = item.delete();
        var check = item.conditionCheck();
        return item.copy(b -> {
            if (put != null) b.put(put.copy(x -> x.tableName(put.tableName() + shadowSuffix)));
            if (update != null) b.update(update.copy(x -> x.tableName(update.tableName() + shadowSuffix)));
            if (delete != null) b.delete(delete.copy(x -> x.tableName(delete.tableName() + shadowSuffix)));
            if (check != null) b.conditionCheck(check.copy(x -> x.tableName(check.tableName() + shadowSuffix)));
        });
    }

    /** What a route sends, for the report: "GetItem, TransactWriteItems (2 items)". */
    static String signature(List<DynamoDbRequest> calls) {
        return calls.stream().map(Replay::describe).collect(Collectors.joining(", "));
    }

    private static String describe(DynamoDbRequest call) {
        return switch (call) {
            case QueryRequest r ->
                "Query (" + (r.indexName() == null ? "table" : "index " + r.indexName())
                        + (r.limit() == null ? "" : ", limit " + r.limit()) + ")";
            case BatchGetItemRequest r ->
                "BatchGetItem ("
                        + r.requestItems().values().stream()
                                .mapToInt(k -> k.keys().size())
                                .sum() + " keys)";
            case TransactWriteItemsRequest r ->
                "TransactWriteItems (" + r.transactItems().size() + " items)";
            default -> name(call);
        };
    }

    private static String name(DynamoDbRequest call) {
        return call.getClass().getSimpleName().replace("Request", "");
    }
}
