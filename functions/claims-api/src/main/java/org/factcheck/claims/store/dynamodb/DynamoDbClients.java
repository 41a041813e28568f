package org.factcheck.claims.store.dynamodb;

import java.time.Duration;
import org.factcheck.claims.store.AwsClients;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One DynamoDB client per container, built on first use with everything set
 * explicitly, so the SDK does no discovery at start-up. The endpoint comes from the
 * SDK's standard AWS_ENDPOINT_URL_DYNAMODB when set (moto, LocalStack).
 *
 * <p>Retries fit the functions' 10 s timeout: a call makes at most 3 attempts (the
 * SDK's DynamoDB default is 9, with throttling pauses up to 20 s) and gives up after
 * {@link #CALL_TIMEOUT}; a handler then answers 503 with Retry-After. Throttling,
 * 5xx, TransactionInProgress and network errors are retried; TransactWriteItems keeps
 * its ClientRequestToken across these attempts, so DynamoDB applies a retried write once.
 */
public final class DynamoDbClients {
    /** All attempts of one call, pauses included: a failed call leaves a handler 4 s to answer. */
    public static final Duration CALL_TIMEOUT = Duration.ofSeconds(6);

    public static final int ATTEMPTS = 3;

    private DynamoDbClients() {}

    private static final class Holder {
        static final DynamoDbClient CLIENT = AwsClients.build(
                DynamoDbClient.builder(),
                o -> o.apiCallTimeout(CALL_TIMEOUT)
                        .addExecutionInterceptor(BoundToFail.INTERCEPTOR)
                        .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                                .maxAttempts(ATTEMPTS)
                                .backoffStrategy(
                                        BackoffStrategy.exponentialDelay(Duration.ofMillis(25), Duration.ofMillis(250)))
                                .throttlingBackoffStrategy(
                                        BackoffStrategy.exponentialDelay(Duration.ofMillis(100), Duration.ofSeconds(1)))
                                // No retry quota: the cap is per call, and every call retries alike.
                                .circuitBreakerEnabled(false)
                                .build()));
    }

    public static DynamoDbClient shared() {
        return Holder.CLIENT;
    }

    private static final class EnhancedHolder {
        static final DynamoDbEnhancedClient ENHANCED = enhancedOver(Holder.CLIENT);
    }

    /** The enhanced client over {@link #shared()}: items map through the static *Schema classes. */
    public static DynamoDbEnhancedClient enhanced() {
        return EnhancedHolder.ENHANCED;
    }

    /** No extensions: no attribute is versioned or counted by the client; conditions are explicit. */
    static DynamoDbEnhancedClient enhancedOver(DynamoDbClient client) {
        return DynamoDbEnhancedClient.builder()
                .dynamoDbClient(client)
                .extensions()
                .build();
    }
}
