package org.factcheck.claims.store;

/** The database throttled, failed or could not be reached; a write happened entirely or (most often) not at all. */
public final class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
