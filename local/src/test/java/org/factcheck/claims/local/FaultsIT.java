package org.factcheck.claims.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.Map;
import org.factcheck.claims.api.CreateClaimHandler;
import org.factcheck.claims.api.GetClaimHandler;
import org.factcheck.claims.store.dynamodb.DynamoDbClaimStore;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** When DynamoDB fails: 503 with Retry-After, and nothing half-written; when it refuses a request: 400, never 500. */
class FaultsIT {
    private final HandlerClient api = new HandlerClient();

    @Test
    void aFailedTransactionIs503AndLeavesNothingBehind() throws Exception {
        String body = Samples.claim(Samples.uniqueStatement());
        RecordingInterceptor.failNext("TransactWriteItems");
        HandlerClient.Response failed = api.postJson("/claims", body);
        assertEquals(503, failed.status(), failed.body());
        assertEquals("1", failed.header("Retry-After"));
        assertEquals("application/problem+json", failed.header("Content-Type"));
        assertEquals(201, api.postJson("/claims", body).status(), "no claim and no duplicate marker were left");
    }

    @Test
    void aRequestDynamoDbRefusesAsInvalidIs400NotA500() throws Exception {
        String body = Samples.claim(Samples.uniqueStatement());
        RecordingInterceptor.rejectNext("TransactWriteItems");
        HandlerClient.Response refused = api.postJson("/claims", body);
        assertEquals(400, refused.status(), refused.body());
        assertEquals("https://factcheck.example/problems/bad-request", refused.json().get("type"));
        assertEquals(201, api.postJson("/claims", body).status(), "nothing was written");
        RecordingInterceptor.rejectNext("Query");
        assertEquals(400, api.get("/claims?status=UNVERIFIED", Map.of()).status());
    }

    @Test
    void aFailedReadIs503() throws Exception {
        String id = (String) api.create(Samples.claim(Samples.uniqueStatement())).get("id");
        RecordingInterceptor.failNext("GetItem");
        HandlerClient.Response failed = api.get("/claims/" + id, Map.of());
        assertEquals(503, failed.status());
        assertEquals("1", failed.header("Retry-After"));
    }

    @Test
    void anUnreachableDatabaseIs503() throws Exception {
        DynamoDbClient nowhere = DynamoDbClient.builder()
                .region(Region.US_EAST_1)
                .endpointOverride(URI.create("http://127.0.0.1:9")) // discard port: nothing listens
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
        DynamoDbClaimStore store = new DynamoDbClaimStore(nowhere, TestEnvironment.TABLE);
        HandlerClient.Response created = HandlerClient.direct(new CreateClaimHandler(store),
                "POST", "/claims", Samples.claim(Samples.uniqueStatement()));
        assertEquals(503, created.status(), created.body());
        assertEquals("1", created.header("Retry-After"));
        HandlerClient.Response read = HandlerClient.direct(new GetClaimHandler(store),
                "GET", "/claims/{claimId}", null);
        assertEquals(503, read.status(), read.body());
    }
}
