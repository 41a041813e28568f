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
 * Opaque pagination cursors: the last key of a page, base64url-encoded JSON. A cursor is
 * accepted only if it has exactly the key attributes of the index being queried, all
 * strings, with the partition value of this query, so a forged one is a 400, not a
 * database error.
 */
final class Cursors {
    private static final int MAX_LENGTH = 2048;

    private Cursors() {}

    static String encode(Map<String, AttributeValue> lastKey) {
        if (lastKey == null || lastKey.isEmpty()) return null;
        Map<String, String> plain = new LinkedHashMap<>();
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
    static Map<String, AttributeValue> decode(String cursor, Set<String> attributes, String partitionName,
                                              String partitionValue) {
        if (cursor == null) return null;
        if (cursor.length() > MAX_LENGTH) throw new InvalidCursorException();
        Map<String, Object> plain;
        try {
            plain = JSON.std.mapFrom(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidCursorException();
        }
        if (plain == null || !plain.keySet().equals(attributes)) throw new InvalidCursorException();
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : plain.entrySet()) {
            if (!(e.getValue() instanceof String value) || value.isEmpty() || value.length() > 1024) {
                throw new InvalidCursorException();
            }
            key.put(e.getKey(), AttributeValue.fromS(value));
        }
        if (!partitionValue.equals(plain.get(partitionName))) throw new InvalidCursorException();
        Object pk = plain.get(Keys.PK);
        if (!(pk instanceof String p) || !p.startsWith("CLAIM#")) throw new InvalidCursorException();
        return key;
    }
}
