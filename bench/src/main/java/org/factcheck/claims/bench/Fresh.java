package org.factcheck.claims.bench;

import java.nio.charset.StandardCharsets;

/**
 * Makes each request new where the API refuses a repeat (a duplicate statement, article
 * or appearance): "BENCHSEQ" in an event becomes a token no earlier call used, in this
 * JVM or an earlier one. "BENCHCLAIM" becomes the next of the claims in BENCH_CLAIM_IDS
 * (comma-separated), from the BENCH_CALL_OFFSET-th on: a claim takes 20 appearances at most.
 */
final class Fresh {
    private static final String MARK = "BENCHSEQ";
    private static final String CLAIM = "BENCHCLAIM";
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static long next;

    private Fresh() {}

    static byte[] of(byte[] event) {
        String text = new String(event, StandardCharsets.UTF_8);
        if (!text.contains(MARK) && !text.contains(CLAIM)) return event;
        long call = next++;
        if (text.contains(CLAIM)) {
            String[] claims = System.getenv("BENCH_CLAIM_IDS").split(",");
            long offset = Long.parseLong(System.getenv().getOrDefault("BENCH_CALL_OFFSET", "0"));
            text = text.replace(CLAIM, claims[(int) ((offset + call) % claims.length)]);
        }
        return text.replace(MARK, RUN + "n" + call).getBytes(StandardCharsets.UTF_8);
    }
}
