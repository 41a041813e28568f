package org.factcheck.claims.store.dynamodb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Priming's writes made bound to fail ({@link BoundToFail} sends them): a PutItem or
 * UpdateItem moved to the {@link #RESERVED} key of its table and conditioned on that item
 * existing, and a transaction whose first action (a Put or an Update) is moved so. Each
 * keeps its kind and table, so priming needs no IAM action the route does not.
 */
final class BoundWrites {
    /** The key value of the item that never exists, in every key attribute. */
    static final String RESERVED = "PRIMING#NEVER-WRITTEN";

    private static final String NAME = "#boundToFail";

    /** The tables' key attributes: the claims table's first, since its items also hold the others' names. */
    private static final List<List<String>> TABLE_KEYS = List.of(
            List.of(Keys.PK, Keys.SK), List.of(ApiKeySchema.KEY_ID), List.of(SubscriptionSecretSchema.SUBSCRIPTION_ID));

    private BoundWrites() {}

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
