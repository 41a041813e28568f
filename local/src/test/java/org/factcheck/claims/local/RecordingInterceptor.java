package org.factcheck.claims.local;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * Registered for every SDK client in the tests (software/amazon/awssdk/global/handlers):
 * records each DynamoDB operation the handlers call, and can fail one on purpose, as a
 * network fault would, to show that nothing is half-written, or refuse one as invalid.
 */
public final class RecordingInterceptor implements ExecutionInterceptor {
    private static final List<String> CALLS = new ArrayList<>();
    private static String failNext;
    private static String rejectNext;

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        synchronized (CALLS) {
            CALLS.add(operation);
            if (operation.equals(failNext)) {
                failNext = null;
                throw SdkClientException.create("injected fault: connection reset during " + operation);
            }
            if (operation.equals(rejectNext)) {
                rejectNext = null;
                throw DynamoDbException.builder().statusCode(400).message("injected: One or more parameter values were invalid")
                        .awsErrorDetails(AwsErrorDetails.builder().errorCode("ValidationException").serviceName("DynamoDb").build())
                        .build();
            }
        }
    }

    /** Clears the record; the next calls are recorded from here. */
    static void reset() {
        synchronized (CALLS) {
            CALLS.clear();
            failNext = null;
            rejectNext = null;
        }
    }

    /** The next call of {@code operation} is refused as DynamoDB refuses an invalid request (ValidationException). */
    static void rejectNext(String operation) {
        synchronized (CALLS) {
            rejectNext = operation;
        }
    }

    static List<String> calls() {
        synchronized (CALLS) {
            return List.copyOf(CALLS);
        }
    }

    /** The next call of {@code operation} fails before it reaches DynamoDB. */
    static void failNext(String operation) {
        synchronized (CALLS) {
            failNext = operation;
        }
    }
}
