package org.factcheck.claims.bench.crac;

/** A resource failed after the restore; each failure is a suppressed exception. */
public final class RestoreException extends Exception {
    private static final long serialVersionUID = 1L;
}
