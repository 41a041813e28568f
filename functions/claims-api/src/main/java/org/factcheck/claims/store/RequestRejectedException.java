package org.factcheck.claims.store;

/**
 * The database refused a request as invalid (DynamoDB's ValidationException): input the
 * API's own checks should have refused first. Nothing was written; a bug to fix, answered
 * as a 400 rather than a 500.
 */
public final class RequestRejectedException extends RuntimeException {
    public RequestRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
