package org.factcheck.claims.bench;

import org.crac.Core;

/**
 * The stand-in for SnapStart on this machine: what Lambda's runtime does around a
 * snapshot, every registered resource's beforeCheckpoint and then its afterRestore,
 * without the snapshot itself. Runs through org.crac's own {@code Core.checkpointRestore()}
 * on the implementation in {@code bench.crac} (the JVM is started with
 * {@code -Dorg.crac.Core.Compat=org.factcheck.claims.bench.crac}). A class of its own, so
 * unprimed runs load nothing of org.crac unless the function does.
 */
final class Priming {
    private Priming() {}

    /** Primes; returns how many resources took part (none: the function registers nothing). */
    static int run() throws Exception {
        Core.checkpointRestore();
        return org.factcheck.claims.bench.crac.Core.registered();
    }
}
