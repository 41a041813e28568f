package org.factcheck.claims.store.dynamodb;

import org.factcheck.claims.store.StoreUnavailableException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/** Translates SDK failures that are the database's fault into {@link StoreUnavailableException}. */
final class Failures {
    private Failures() {}

    /** Returns the exception to throw: unavailable for throttling, 5xx and network faults. */
    static RuntimeException translate(SdkException e) {
        if (e instanceof SdkClientException) {
            return new StoreUnavailableException("DynamoDB unreachable", e);
        }
        if (e instanceof DynamoDbException d && (d.isThrottlingException() || d.statusCode() >= 500)) {
            return new StoreUnavailableException("DynamoDB throttled or failed: " + d.statusCode(), e);
        }
        return e;
    }
}
