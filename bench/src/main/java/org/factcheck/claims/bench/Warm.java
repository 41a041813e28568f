package org.factcheck.claims.bench;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Warm latency: N sequential invocations in one JVM, after the first. Prints
 * "p50 <ms> p99 <ms>" in microsecond precision. With "getitem", the same loop of raw SDK
 * GetItem calls, the baseline the routes are compared with.
 *
 * <p>Arguments: N HANDLER_CLASS EVENT_FILE | N getitem TABLE PK SK
 */
public final class Warm {
    private Warm() {}

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Runnable call;
        Runnable after = () -> {};
        if (args[1].equals("getitem")) {
            DynamoDbClient dynamo = DynamoDbClient.builder()
                    .region(Region.of(System.getenv("AWS_REGION")))
                    .credentialsProvider(EnvironmentVariableCredentialsProvider.create())
                    .httpClient(UrlConnectionHttpClient.create())
                    .build();
            Map<String, AttributeValue> key =
                    Map.of("pk", AttributeValue.fromS(args[3]), "sk", AttributeValue.fromS(args[4]));
            call = () -> dynamo.getItem(
                    r -> r.tableName(args[2]).consistentRead(true).key(key));
        } else {
            byte[][] event = {Files.readAllBytes(Path.of(args[2]))};
            RequestStreamHandler handler = (RequestStreamHandler)
                    Class.forName(args[1]).getDeclaredConstructor().newInstance();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            call = () -> {
                out.reset();
                try {
                    handler.handleRequest(new ByteArrayInputStream(event[0]), out, new BenchContext());
                } catch (Exception e) {
                    if (!"Unauthorized".equals(e.getMessage())) throw new IllegalStateException(e);
                }
            };
            // Untimed: the next call's If-Match is the ETag this one returned.
            after = () -> event[0] = IfMatch.follow(event[0], out.toByteArray());
        }
        call.run();
        after.run();
        long[] nanos = new long[n];
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            call.run();
            nanos[i] = System.nanoTime() - start;
            after.run();
        }
        Arrays.sort(nanos);
        System.out.printf("p50 %.3f p99 %.3f%n", nanos[n / 2] / 1e6, nanos[(int) Math.ceil(n * 0.99) - 1] / 1e6);
    }
}
