package org.factcheck.claims.store.memory;

import java.util.LinkedHashMap;
import java.util.Map;
import org.factcheck.claims.store.CursorText;
import org.factcheck.claims.store.InvalidCursorException;

/**
 * The in-memory stores' cursors: opaque like DynamoDB's, and refused in the same cases
 * (another kind of list, another index or partition, anything unreadable).
 */
final class MemoryCursors {
    private MemoryCursors() {}

    /** A cursor for the list {@code kind} over {@code scope} (index and partition), after {@code position}. */
    static String encode(String kind, String scope, String position) {
        Map<String, String> plain = new LinkedHashMap<>();
        plain.put("kind", kind);
        plain.put("scope", scope);
        plain.put("after", position);
        return CursorText.encode(plain);
    }

    /** The position a cursor continues after, or null without a cursor. */
    static String decode(String cursor, String kind, String scope) {
        if (cursor == null) return null;
        Map<String, Object> plain = CursorText.decode(cursor);
        if (plain.size() != 3
                || !kind.equals(plain.get("kind"))
                || !scope.equals(plain.get("scope"))
                || !(plain.get("after") instanceof String after)
                || after.isEmpty()) {
            throw new InvalidCursorException();
        }
        return after;
    }
}
