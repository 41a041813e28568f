package org.factcheck.claims.store;

/** The database throttled, failed or could not be reached; nothing was written. */
public final class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
