package org.factcheck.claims.store.dynamodb;

import java.time.Duration;
import org.factcheck.claims.AppConfig;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One DynamoDB client per container, built on first use with everything set
 * explicitly, so the SDK does no discovery at start-up. The endpoint comes from the
 * SDK's standard AWS_ENDPOINT_URL_DYNAMODB when set (moto, LocalStack).
 */
public final class DynamoDbClients {
    private DynamoDbClients() {}

    private static final class Holder {
        static final DynamoDbClient CLIENT = DynamoDbClient.builder()
                .region(Region.of(AppConfig.region()))
                .credentialsProvider(EnvironmentVariableCredentialsProvider.create())
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(2))
                        .socketTimeout(Duration.ofSeconds(5))
                        .build())
                .build();
    }

    public static DynamoDbClient shared() {
        return Holder.CLIENT;
    }
}
