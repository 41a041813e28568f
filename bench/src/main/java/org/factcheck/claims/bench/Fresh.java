package org.factcheck.claims.bench;

import java.nio.charset.StandardCharsets;

/**
 * Makes each request new where the API refuses a repeat (a duplicate statement, article
 * or appearance): "BENCHSEQ" in an event becomes a token no earlier call used, in this
 * JVM or an earlier one.
 */
final class Fresh {
    private static final String MARK = "BENCHSEQ";
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static long next;

    private Fresh() {}

    static byte[] of(byte[] event) {
        String text = new String(event, StandardCharsets.UTF_8);
        if (!text.contains(MARK)) return event;
        return text.replace(MARK, RUN + "n" + next++).getBytes(StandardCharsets.UTF_8);
    }
}
