package org.factcheck.claims.store;

/** A write the database would refuse for its size (an item over 400 KB, a transaction over its limits); nothing was written. */
public final class WriteTooLargeException extends RuntimeException {
    public WriteTooLargeException(String message) {
        super(message, null, false, false);
    }
}
