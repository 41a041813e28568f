package org.factcheck.claims.local;

import static org.factcheck.claims.local.SamTemplate.list;
import static org.factcheck.claims.local.SamTemplate.map;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;

/**
 * Creates the local tables from the DynamoDB tables in template.yaml (every
 * AWS::DynamoDB::Table), so key schemas and indexes have a single source of truth.
 */
public final class LocalTable {
    private LocalTable() {}

    /** The logical ids of the template's DynamoDB tables. */
    public static List<String> logicalIds(SamTemplate template) {
        List<String> ids = template.resources().entrySet().stream()
                .filter(e -> "AWS::DynamoDB::Table".equals(e.getValue().get("Type")))
                .map(Map.Entry::getKey)
                .toList();
        if (ids.isEmpty()) throw new IllegalStateException("template.yaml has no AWS::DynamoDB::Table");
        return ids;
    }

    /**
     * A local name for each table, by logical id: ClaimsTable → claims-&lt;suffix&gt;,
     * KeysTable → keys-&lt;suffix&gt;; a table's Globals variable (TABLE_NAME, KEYS_TABLE_NAME)
     * set in {@code environment} names it instead, since the handlers read that variable first.
     */
    public static Map<String, String> names(SamTemplate template, String suffix, Map<String, String> environment) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String id : logicalIds(template)) {
            names.put(id, id.replaceFirst("Table$", "").toLowerCase(Locale.ROOT) + "-" + suffix);
        }
        template.tableVariables().forEach((variable, id) -> {
            String value = environment.get(variable);
            if (value != null && !value.isBlank() && names.containsKey(id)) names.put(id, value);
        });
        return names;
    }

    /** Creates every table of {@code names} that does not exist yet; returns the names it created. */
    public static List<String> ensureAll(DynamoDbClient dynamo, SamTemplate template, Map<String, String> names) {
        return names.entrySet().stream()
                .filter(e -> ensure(dynamo, template, e.getKey(), e.getValue()))
                .map(Map.Entry::getValue)
                .toList();
    }

    /** Creates the table of {@code logicalId} unless it exists; returns true when it was created. */
    public static boolean ensure(DynamoDbClient dynamo, SamTemplate template, String logicalId, String tableName) {
        try {
            dynamo.describeTable(r -> r.tableName(tableName));
            return false;
        } catch (ResourceNotFoundException missing) {
            Map<String, Object> props = template.resourceProperties(logicalId);
            dynamo.createTable(createRequest(props, tableName));
            dynamo.waiter().waitUntilTableExists(r -> r.tableName(tableName));
            Map<String, Object> ttl = map(props.get("TimeToLiveSpecification"));
            if (!ttl.isEmpty() && Boolean.parseBoolean(String.valueOf(ttl.get("Enabled")))) {
                dynamo.updateTimeToLive(r -> r.tableName(tableName)
                        .timeToLiveSpecification(t -> t.attributeName((String) ttl.get("AttributeName"))
                                .enabled(true)));
            }
            return true;
        }
    }

    static CreateTableRequest createRequest(Map<String, Object> props, String tableName) {
        CreateTableRequest.Builder request = CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.fromValue((String) props.getOrDefault("BillingMode", "PAY_PER_REQUEST")))
                .attributeDefinitions(list(props.get("AttributeDefinitions")).stream()
                        .map(SamTemplate::map)
                        .map(a -> AttributeDefinition.builder()
                                .attributeName((String) a.get("AttributeName"))
                                .attributeType((String) a.get("AttributeType"))
                                .build())
                        .toList())
                .keySchema(keySchema(props.get("KeySchema")));
        List<GlobalSecondaryIndex> indexes = list(props.get("GlobalSecondaryIndexes")).stream()
                .map(SamTemplate::map)
                .map(g -> GlobalSecondaryIndex.builder()
                        .indexName((String) g.get("IndexName"))
                        .keySchema(keySchema(g.get("KeySchema")))
                        .projection(projection(map(g.get("Projection"))))
                        .build())
                .toList();
        if (!indexes.isEmpty()) request.globalSecondaryIndexes(indexes);
        Map<String, Object> stream = map(props.get("StreamSpecification"));
        if (!stream.isEmpty()) {
            request.streamSpecification(StreamSpecification.builder()
                    .streamEnabled(true)
                    .streamViewType((String) stream.get("StreamViewType"))
                    .build());
        }
        return request.build();
    }

    private static List<KeySchemaElement> keySchema(Object value) {
        return list(value).stream()
                .map(SamTemplate::map)
                .map(k -> KeySchemaElement.builder()
                        .attributeName((String) k.get("AttributeName"))
                        .keyType((String) k.get("KeyType"))
                        .build())
                .toList();
    }

    private static Projection projection(Map<String, Object> p) {
        Projection.Builder projection = Projection.builder().projectionType((String) p.get("ProjectionType"));
        List<Object> nonKey = list(p.get("NonKeyAttributes"));
        if (!nonKey.isEmpty())
            projection.nonKeyAttributes(nonKey.stream().map(String::valueOf).toList());
        return projection.build();
    }
}
