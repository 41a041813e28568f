package org.factcheck.claims.store;

/** A pagination cursor this store did not issue for this query. */
public final class InvalidCursorException extends RuntimeException {
    public InvalidCursorException() {
        super("invalid cursor", null, false, false);
    }
}
