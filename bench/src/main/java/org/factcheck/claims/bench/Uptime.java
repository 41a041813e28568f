package org.factcheck.claims.bench;

/**
 * Milliseconds since the parent forked this JVM (BENCH_T0_MS, wall clock): the process
 * start the kernel records is only as precise as a clock tick. A class of its own, so the
 * bare-JVM floor loads nothing of the Lambda runtime's to read it.
 */
final class Uptime {
    private Uptime() {}

    static long now() {
        return Math.round(System.currentTimeMillis() - Double.parseDouble(System.getenv("BENCH_T0_MS")));
    }
}
