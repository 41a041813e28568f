package org.factcheck.claims.local;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Registered for every SDK client in the tests (software/amazon/awssdk/global/handlers):
 * records each DynamoDB operation the handlers call, and can fail one on purpose, as a
 * network fault would, to show that nothing is half-written.
 */
public final class RecordingInterceptor implements ExecutionInterceptor {
    private static final List<String> CALLS = new ArrayList<>();
    private static String failNext;

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        synchronized (CALLS) {
            CALLS.add(operation);
            if (operation.equals(failNext)) {
                failNext = null;
                throw SdkClientException.create("injected fault: connection reset during " + operation);
            }
        }
    }

    /** Clears the record; the next calls are recorded from here. */
    static void reset() {
        synchronized (CALLS) {
            CALLS.clear();
            failNext = null;
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
