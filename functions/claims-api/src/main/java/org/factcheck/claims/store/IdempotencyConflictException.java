package org.factcheck.claims.store;

/** Another request with the same idempotency key completed first; replay its response. */
public final class IdempotencyConflictException extends RuntimeException {
    public IdempotencyConflictException() {
        super("idempotency key already used", null, false, false);
    }
}
