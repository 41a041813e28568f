package org.factcheck.claims.bench;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;

/**
 * Records the low-level DynamoDB requests a handler sends, whatever builds them (the
 * enhanced client included), so {@link Replay} can send the same ones raw. A global
 * interceptor: the warm runs put a file naming it on the class path
 * (software/amazon/awssdk/global/handlers/execution.interceptors), the cold runs do not.
 */
public final class Capture implements ExecutionInterceptor {
    private static final List<DynamoDbRequest> CALLS = new ArrayList<>();
    private static boolean recording;

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        if (recording && context.request() instanceof DynamoDbRequest request) CALLS.add(request);
    }

    static void start() {
        CALLS.clear();
        recording = true;
    }

    static List<DynamoDbRequest> stop() {
        recording = false;
        return List.copyOf(CALLS);
    }
}
