package org.factcheck.claims.store.dynamodb;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.factcheck.claims.store.RequestRejectedException;
import org.factcheck.claims.store.StoreUnavailableException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

class FailuresTest {

    @Test
    void aValidationExceptionIsARejectedRequestNotA500() {
        DynamoDbException invalid = (DynamoDbException) DynamoDbException.builder()
                .statusCode(400)
                .message("key too long")
                .awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode("ValidationException")
                        .build())
                .build();
        assertInstanceOf(RequestRejectedException.class, Failures.translate(invalid));
        TransactionCanceledException cancelled = TransactionCanceledException.builder()
                .statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode("TransactionCanceledException")
                        .build())
                .cancellationReasons(
                        CancellationReason.builder().code("None").build(),
                        CancellationReason.builder().code("ValidationError").build())
                .build();
        assertInstanceOf(RequestRejectedException.class, Failures.translate(cancelled));
        DynamoDbException throttled = (DynamoDbException) DynamoDbException.builder()
                .statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode("ThrottlingException")
                        .build())
                .build();
        assertInstanceOf(StoreUnavailableException.class, Failures.translate(throttled));
    }
}
