package org.factcheck.claims.bench;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps an event's If-Match current: the API refuses {@code If-Match: *}, so a route that
 * changes the claim (publish verdict) is sent the real ETag, and each response's new
 * ETag goes into the next event. Both are JSON, so the escaped strings are swapped as text.
 */
final class IfMatch {
    private static final Pattern IF_MATCH = Pattern.compile("\"If-Match\"\\s*:\\s*\\[?\\s*(\"(?:[^\"\\\\]|\\\\.)*\")");
    private static final Pattern ETAG = Pattern.compile("\"ETag\"\\s*:\\s*(\"(?:[^\"\\\\]|\\\\.)*\")");

    private IfMatch() {}

    /** The event with the response's ETag in place of its If-Match, or the event as it was. */
    static byte[] follow(byte[] event, byte[] response) {
        String text = new String(event, StandardCharsets.UTF_8);
        Matcher old = IF_MATCH.matcher(text);
        Matcher current = ETAG.matcher(new String(response, StandardCharsets.UTF_8));
        if (!old.find() || !current.find()) return event;
        return text.replace(old.group(1), current.group(1)).getBytes(StandardCharsets.UTF_8);
    }
}
