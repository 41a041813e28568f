package org.factcheck.claims.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.apigateway.model.CreateApiKeyRequest;
import software.amazon.awssdk.services.apigateway.model.DeleteApiKeyRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/**
 * Every AWS call each function made during the integration tests, as IAM authorises it:
 * the function (its logical id in template.yaml), the IAM action, the resource (a table's
 * logical id, an index, an API Gateway path with its ids as placeholders) and the tags IAM
 * conditions can see. Written to local/target/aws-calls.json when the test JVM exits;
 * tests/iam/test_least_privilege.py compares it with the translated template.
 */
final class AwsCalls {
    /** The stack name the ITs give the key functions' usage plans (the tag value of their usage keys). */
    static final String STACK_NAME = "factcheck-it";

    static final Path FILE = TestEnvironment.ROOT.resolve("local/target/aws-calls.json");

    record Call(
            String function,
            String action,
            String resource,
            Map<String, String> requestTags,
            Map<String, String> resourceTags) {}

    private static final Set<Call> CALLS = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(AwsCalls::write));
    }

    private AwsCalls() {}

    /**
     * DynamoDB as IAM sees it: a transaction is authorised per item (Put → PutItem, Update →
     * UpdateItem, Delete → DeleteItem, ConditionCheck → ConditionCheckItem; TransactGetItems
     * → GetItem), BatchGetItem per table, a Query or Scan of an index on table/T/index/I.
     */
    static void recordDynamoDb(String function, SdkRequest request) {
        switch (request) {
            case TransactWriteItemsRequest t -> {
                for (TransactWriteItem item : t.transactItems()) {
                    if (item.put() != null)
                        add(function, "dynamodb:PutItem", table(item.put().tableName()));
                    if (item.update() != null)
                        add(function, "dynamodb:UpdateItem", table(item.update().tableName()));
                    if (item.delete() != null)
                        add(function, "dynamodb:DeleteItem", table(item.delete().tableName()));
                    if (item.conditionCheck() != null) {
                        add(
                                function,
                                "dynamodb:ConditionCheckItem",
                                table(item.conditionCheck().tableName()));
                    }
                }
            }
            case TransactGetItemsRequest t ->
                t.transactItems()
                        .forEach(i ->
                                add(function, "dynamodb:GetItem", table(i.get().tableName())));
            case BatchGetItemRequest b ->
                b.requestItems().keySet().forEach(name -> add(function, "dynamodb:BatchGetItem", table(name)));
            case QueryRequest q -> add(function, "dynamodb:Query", index(q.tableName(), q.indexName()));
            case ScanRequest s -> add(function, "dynamodb:Scan", index(s.tableName(), s.indexName()));
            default -> {
                String operation = request.getClass().getSimpleName().replaceFirst("Request$", "");
                add(
                        function,
                        "dynamodb:" + operation,
                        table(request.getValueForField("TableName", String.class)
                                .orElse("?")));
            }
        }
    }

    /**
     * API Gateway's actions are HTTP verbs on paths. Creating an API key with tags is also
     * a PUT on /tags/&lt;the new key's URL-encoded ARN&gt; (tagging on creation, per the Service
     * Authorization Reference); deleting one is seen with the tags it was created with.
     */
    static void recordApiGateway(
            String function,
            SdkRequest request,
            String method,
            String path,
            Map<String, Map<String, String>> apiKeyTags) {
        String resource = template(path);
        Map<String, String> requestTags = Map.of();
        Map<String, String> resourceTags = Map.of();
        if (request instanceof CreateApiKeyRequest created && created.hasTags()) {
            requestTags = Map.copyOf(created.tags());
            CALLS.add(new Call(function, "apigateway:PUT", "/tags/{apiKeyArn}", requestTags, Map.of()));
        }
        if (request instanceof DeleteApiKeyRequest deleted) {
            resourceTags = apiKeyTags.getOrDefault(deleted.apiKey(), Map.of());
        }
        CALLS.add(new Call(function, "apigateway:" + method, resource, requestTags, resourceTags));
    }

    /** /usageplans/abc/keys/xyz → /usageplans/{usagePlanId}/keys/{keyId}. */
    static String template(String path) {
        String[] segments = path.split("/");
        for (int i = 1; i < segments.length; i++) {
            switch (segments[i - 1]) {
                case "usageplans" -> segments[i] = "{usagePlanId}";
                case "apikeys" -> segments[i] = "{apiKeyId}";
                case "keys" -> segments[i] = "{keyId}";
                default -> {}
            }
        }
        return String.join("/", segments);
    }

    /**
     * SQS as IAM sees it: SendMessageBatch is authorised as sqs:SendMessage (per message), the
     * others by their name, on the queue named by its URL: queue/&lt;logical id&gt; for the ITs' queues.
     */
    static void recordSqs(String function, SdkRequest request) {
        String operation = request.getClass().getSimpleName().replaceFirst("Request$", "");
        String action = "sqs:" + operation.replaceFirst("Batch$", "");
        String url = request.getValueForField("QueueUrl", String.class).orElse("?");
        String resource = "queue/?" + url;
        for (Map.Entry<String, String> e : TestEnvironment.QUEUES.entrySet()) {
            if (e.getValue().equals(url)) resource = "queue/" + e.getKey();
        }
        add(function, action, resource);
    }

    private static void add(String function, String action, String resource) {
        CALLS.add(new Call(function, action, resource, Map.of(), Map.of()));
    }

    /** table/&lt;logical id&gt; for the ITs' tables; an unknown table keeps its name (and fails the proof). */
    private static String table(String name) {
        for (Map.Entry<String, String> e : TestEnvironment.TABLES.entrySet()) {
            if (e.getValue().equals(name)) return "table/" + e.getKey();
        }
        return "table/?" + name;
    }

    private static String index(String table, String index) {
        return index == null ? table(table) : table(table) + "/index/" + index;
    }

    private static void write() {
        List<Map<String, Object>> calls = new ArrayList<>();
        CALLS.stream()
                .sorted(java.util.Comparator.comparing(Call::function)
                        .thenComparing(Call::action)
                        .thenComparing(Call::resource)
                        .thenComparing(c -> c.requestTags().toString())
                        .thenComparing(c -> c.resourceTags().toString()))
                .forEach(c -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("function", c.function());
                    m.put("action", c.action());
                    m.put("resource", c.resource());
                    m.put("requestTags", new TreeMap<>(c.requestTags()));
                    m.put("resourceTags", new TreeMap<>(c.resourceTags()));
                    calls.add(m);
                });
        if (calls.isEmpty()) return;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("stackName", STACK_NAME);
        out.put("calls", calls);
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(
                    FILE, HandlerClient.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(out));
        } catch (IOException e) {
            System.err.println("could not write " + FILE + ": " + e);
        }
    }
}
