package org.factcheck.claims.bench.crac;

/** A resource failed before the checkpoint; each failure is a suppressed exception. */
public final class CheckpointException extends Exception {
    private static final long serialVersionUID = 1L;
}
