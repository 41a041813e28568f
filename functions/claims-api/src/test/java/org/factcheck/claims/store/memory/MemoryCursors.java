package org.factcheck.claims.store.memory;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.factcheck.claims.store.InvalidCursorException;

/**
 * The in-memory stores' cursors: opaque like DynamoDB's, and refused in the same cases
 * (another kind of list, another index or partition, anything unreadable).
 */
final class MemoryCursors {
    private static final int MAX_LENGTH = 2048;

    private MemoryCursors() {}

    /** A cursor for the list {@code kind} over {@code scope} (index and partition), after {@code position}. */
    static String encode(String kind, String scope, String position) {
        Map<String, String> plain = new LinkedHashMap<>();
        plain.put("kind", kind);
        plain.put("scope", scope);
        plain.put("after", position);
        try {
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(JSON.std.asString(plain).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The position a cursor continues after, or null without a cursor. */
    static String decode(String cursor, String kind, String scope) {
        if (cursor == null) return null;
        if (cursor.length() > MAX_LENGTH) throw new InvalidCursorException();
        Map<String, Object> plain;
        try {
            plain = JSON.std.mapFrom(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidCursorException();
        }
        if (plain == null
                || plain.size() != 3
                || !kind.equals(plain.get("kind"))
                || !scope.equals(plain.get("scope"))
                || !(plain.get("after") instanceof String after)
                || after.isEmpty()) {
            throw new InvalidCursorException();
        }
        return after;
    }
}
