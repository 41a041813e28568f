package org.factcheck.claims.store.dynamodb;

import org.factcheck.claims.store.StoreUnavailableException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.TransactionConflictException;

/** Translates SDK failures that are the database's fault into {@link StoreUnavailableException}. */
final class Failures {
    private Failures() {}

    /** Returns the exception to throw: unavailable for throttling, 5xx, contention and network faults (timeouts too). */
    static RuntimeException translate(SdkException e) {
        if (e instanceof SdkClientException) {
            return new StoreUnavailableException("DynamoDB unreachable", e);
        }
        if (e instanceof DynamoDbException d && (d.isThrottlingException() || d.statusCode() >= 500)) {
            return new StoreUnavailableException("DynamoDB throttled or failed: " + d.statusCode(), e);
        }
        // Contention outlasting our retries: another transaction holds the items; nothing of ours was written.
        if (e instanceof TransactionConflictException
                || e instanceof TransactionCanceledException t && Contention.isTransient(t)) {
            return new StoreUnavailableException("DynamoDB transaction contention", e);
        }
        return e;
    }
}
