package org.factcheck.claims.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Floor (b): a JVM that builds one DynamoDB client with the same HTTP client, region
 * and credentials provider as the functions, and makes one GetItem. Prints what
 * ColdStart prints.
 *
 * <p>Arguments: TABLE PK SK [url-connection | apache | crt]: the HTTP client, for the
 * comparison of clients (the functions use url-connection).
 */
public final class Floor {
    private Floor() {}

    public static void main(String[] args) {
        var builder = DynamoDbClient.builder()
                .region(Region.of(System.getenv("AWS_REGION")))
                .credentialsProvider(EnvironmentVariableCredentialsProvider.create());
        switch (args.length > 3 ? args[3] : "url-connection") {
            case "apache" ->
                builder.httpClient(software.amazon.awssdk.http.apache.ApacheHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(2))
                        .build());
            case "crt" ->
                builder.httpClient(software.amazon.awssdk.http.crt.AwsCrtHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(2))
                        .build());
            default ->
                builder.httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(2))
                        .build());
        }
        DynamoDbClient dynamo = builder.build();
        long init = Uptime.now();
        var item = dynamo.getItem(r -> r.tableName(args[0])
                .consistentRead(true)
                .key(Map.of("pk", AttributeValue.fromS(args[1]), "sk", AttributeValue.fromS(args[2]))));
        long first = Uptime.now();
        System.out.println("init " + init);
        System.out.println("first " + first + " "
                + ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount() + " "
                + (item.hasItem() ? "ok" : "missing"));
    }
}
