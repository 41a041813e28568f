package org.factcheck.claims.store.dynamodb;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.factcheck.claims.domain.KeySizes;
import org.factcheck.claims.store.CursorText;
import org.factcheck.claims.store.InvalidCursorException;
import software.amazon.awssdk.enhanced.dynamodb.TableMetadata;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Opaque pagination cursors: the last key of a page and the kind of list it pages,
 * base64url-encoded JSON. A cursor is accepted only for the kind it was issued for, with
 * exactly the key attributes that the schema of the paged items gives the index being
 * queried, all strings, with the partition value of this query, and naming an item of
 * that kind, so a forged one is a 400, not a database error.
 */
final class Cursors {
    private static final String KIND = "kind";
    private static final String POSITION = "after";

    /** What a cursor pages, and whether a key names such an item. */
    enum Kind {
        /** Claims, listed through claim items or their appearance entries: both live under a claim's pk. */
        CLAIM(key -> ClaimSchema.isClaimPk(key.get(Keys.PK))),
        VERDICT(key -> ClaimSchema.isClaimPk(key.get(Keys.PK)) && VerdictSchema.isVerdictSk(key.get(Keys.SK))),
        KEY(key -> true),
        SUBSCRIPTION(key -> SubscriptionSchema.isSubscriptionSk(key.get(Keys.SK))),
        /** A change feed position: no table key, see {@link #encodePosition}. */
        CHANGE(key -> false);

        private final Predicate<Map<String, String>> names;

        Kind(Predicate<Map<String, String>> names) {
            this.names = names;
        }
    }

    private Cursors() {}

    static String encode(Kind kind, Map<String, AttributeValue> lastKey) {
        if (lastKey == null || lastKey.isEmpty()) return null;
        Map<String, String> plain = new LinkedHashMap<>();
        plain.put(KIND, kind.name());
        lastKey.forEach((k, v) -> plain.put(k, v.s()));
        return CursorText.encode(plain);
    }

    /** A cursor that is a position in an ordered feed rather than a table key. */
    static String encodePosition(Kind kind, String position) {
        return CursorText.encode(Map.of(KIND, kind.name(), POSITION, position));
    }

    /** The position of a cursor that {@link #encodePosition} made and {@code valid} accepts. */
    static String decodePosition(String cursor, Kind kind, Predicate<String> valid) {
        Map<String, Object> plain = CursorText.decode(cursor);
        if (plain.size() != 2
                || !kind.name().equals(plain.get(KIND))
                || !(plain.get(POSITION) instanceof String position)
                || !valid.test(position)) {
            throw new InvalidCursorException();
        }
        return position;
    }

    /**
     * Decodes a cursor for a query of {@code index} (null: the table itself) over items of
     * {@code schema}, whose partition must hold {@code partitionValue}.
     */
    static Map<String, AttributeValue> decode(
            String cursor, Kind kind, TableSchema<?> schema, String index, String partitionValue) {
        if (cursor == null) return null;
        TableMetadata table = schema.tableMetadata();
        Set<String> attributes = new HashSet<>(table.primaryKeys());
        if (index != null) attributes.addAll(table.indexKeys(index));
        String partitionName = index == null ? table.primaryPartitionKey() : table.indexPartitionKey(index);
        // DynamoDB refuses a sort key (of the table or of the index) over 1,024 bytes.
        Set<String> sortKeys = new HashSet<>();
        table.primarySortKey().ifPresent(sortKeys::add);
        if (index != null) table.indexSortKey(index).ifPresent(sortKeys::add);
        Map<String, Object> plain = CursorText.decode(cursor);
        if (!kind.name().equals(plain.remove(KIND)) || !plain.keySet().equals(attributes)) {
            throw new InvalidCursorException();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : plain.entrySet()) {
            if (!(e.getValue() instanceof String value)
                    || value.isEmpty()
                    || value.length() > 1024
                    || (sortKeys.contains(e.getKey()) && KeySizes.utf8Length(value) > KeySizes.SORT_KEY_BYTES)) {
                throw new InvalidCursorException();
            }
            values.put(e.getKey(), value);
        }
        if (!partitionValue.equals(values.get(partitionName)) || !kind.names.test(values))
            throw new InvalidCursorException();
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        values.forEach((name, value) -> key.put(name, AttributeValue.fromS(value)));
        return key;
    }
}
