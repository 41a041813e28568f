package org.factcheck.claims.store;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * A cursor's wire form, for every store: a flat JSON object, base64url-encoded without
 * padding. What the object holds, and when it is accepted, is each store's own.
 */
public final class CursorText {
    private static final int MAX_LENGTH = 2048;

    private CursorText() {}

    public static String encode(Map<String, String> plain) {
        try {
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(JSON.std.asString(plain).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The object a cursor holds; too long, not base64url or not a JSON object is an invalid cursor. */
    public static Map<String, Object> decode(String cursor) {
        if (cursor.length() > MAX_LENGTH) throw new InvalidCursorException();
        Map<String, Object> plain;
        try {
            plain = JSON.std.mapFrom(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidCursorException();
        }
        if (plain == null) throw new InvalidCursorException();
        return plain;
    }
}
