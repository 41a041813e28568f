package org.factcheck.claims.store.dynamodb;

import org.factcheck.claims.store.RequestRejectedException;
import org.factcheck.claims.store.StoreUnavailableException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.TransactionConflictException;

/** Translates SDK failures: the database's fault is unavailable, a request it refused as invalid is rejected. */
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
        if (e instanceof DynamoDbException d && rejectedAsInvalid(d)) {
            return new RequestRejectedException("DynamoDB refused the request: " + d.getMessage(), e);
        }
        return e;
    }

    private static boolean rejectedAsInvalid(DynamoDbException e) {
        if (e.awsErrorDetails() != null
                && "ValidationException".equals(e.awsErrorDetails().errorCode())) return true;
        return e instanceof TransactionCanceledException t
                && t.hasCancellationReasons()
                && t.cancellationReasons().stream().anyMatch(r -> "ValidationError".equals(r.code()));
    }
}
