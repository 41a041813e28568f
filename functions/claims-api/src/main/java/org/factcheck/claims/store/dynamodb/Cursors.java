package org.factcheck.claims.store.dynamodb;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.factcheck.claims.store.InvalidCursorException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Opaque pagination cursors: the last key of a page and the kind of list it pages,
 * base64url-encoded JSON. A cursor is accepted only for the kind it was issued for, with
 * exactly the key attributes of the index being queried, all strings, with the partition
 * value of this query, so a forged one is a 400, not a database error.
 */
final class Cursors {
    private static final int MAX_LENGTH = 2048;
    private static final String KIND = "kind";

    /** What a cursor pages: claims and verdicts are claim-table items, keys key-table items. */
    enum Kind { CLAIM, VERDICT, KEY }

    private Cursors() {}

    static String encode(Kind kind, Map<String, AttributeValue> lastKey) {
        if (lastKey == null || lastKey.isEmpty()) return null;
        Map<String, String> plain = new LinkedHashMap<>();
        plain.put(KIND, kind.name());
        lastKey.forEach((k, v) -> plain.put(k, v.s()));
        try {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(JSON.std.asString(plain).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Decodes a cursor for a query whose key attributes are {@code attributes} and whose
     * partition attribute {@code partitionName} must hold {@code partitionValue}.
     */
    static Map<String, AttributeValue> decode(String cursor, Kind kind, Set<String> attributes, String partitionName,
                                              String partitionValue) {
        if (cursor == null) return null;
        if (cursor.length() > MAX_LENGTH) throw new InvalidCursorException();
        Map<String, Object> plain;
        try {
            plain = JSON.std.mapFrom(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidCursorException();
        }
        if (plain == null || !kind.name().equals(plain.remove(KIND)) || !plain.keySet().equals(attributes)) {
            throw new InvalidCursorException();
        }
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : plain.entrySet()) {
            if (!(e.getValue() instanceof String value) || value.isEmpty() || value.length() > 1024) {
                throw new InvalidCursorException();
            }
            key.put(e.getKey(), AttributeValue.fromS(value));
        }
        if (!partitionValue.equals(plain.get(partitionName))) throw new InvalidCursorException();
        if (kind != Kind.KEY && !(plain.get(Keys.PK) instanceof String p && p.startsWith("CLAIM#"))) {
            throw new InvalidCursorException();
        }
        return key;
    }
}
