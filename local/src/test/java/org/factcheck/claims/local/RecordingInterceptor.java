package org.factcheck.claims.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.apigateway.model.CreateApiKeyRequest;
import software.amazon.awssdk.services.apigateway.model.CreateApiKeyResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;

/**
 * Registered for every SDK client in the tests (software/amazon/awssdk/global/handlers):
 * records each DynamoDB operation the handlers call, and can fail one on purpose, as a
 * network fault would, to show that nothing is half-written, or refuse one as invalid. It
 * also records, for the least-privilege proof, what IAM authorises for each call of each
 * function ({@link AwsCalls}).
 */
public final class RecordingInterceptor implements ExecutionInterceptor {
    private static final List<String> CALLS = new ArrayList<>();
    /** Tags each API key was created with, by its id: what aws:ResourceTag sees when it is deleted. */
    private static final Map<String, Map<String, String>> API_KEY_TAGS = new ConcurrentHashMap<>();

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
                throw DynamoDbException.builder()
                        .statusCode(400)
                        .message("injected: One or more parameter values were invalid")
                        .awsErrorDetails(AwsErrorDetails.builder()
                                .errorCode("ValidationException")
                                .serviceName("DynamoDb")
                                .build())
                        .build();
            }
        }
    }

    @Override
    public void afterMarshalling(Context.AfterMarshalling context, ExecutionAttributes attributes) {
        String function = LocalFunctions.running();
        if (function == null) return; // test set-up, not a function's call
        SdkRequest request = context.request();
        if (request instanceof DynamoDbRequest) {
            AwsCalls.recordDynamoDb(function, request);
        } else if (request instanceof software.amazon.awssdk.services.sqs.model.SqsRequest) {
            AwsCalls.recordSqs(function, request);
        } else {
            AwsCalls.recordApiGateway(
                    function,
                    request,
                    context.httpRequest().method().name(),
                    context.httpRequest().encodedPath(),
                    API_KEY_TAGS);
        }
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        if (context.request() instanceof CreateApiKeyRequest created
                && context.response() instanceof CreateApiKeyResponse key
                && created.hasTags()) {
            API_KEY_TAGS.put(key.id(), Map.copyOf(created.tags()));
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
