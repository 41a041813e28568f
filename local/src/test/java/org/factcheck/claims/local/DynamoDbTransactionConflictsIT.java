package org.factcheck.claims.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.factcheck.claims.api.CreateClaimHandler;
import org.factcheck.claims.api.GetClaimHandler;
import org.factcheck.claims.store.dynamodb.DynamoDbClaimStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** POST /claims when one item of its transaction conflicts, when every answer is lost, and when nothing answers. */
class DynamoDbTransactionConflictsIT {
    private final HandlerClient api = new HandlerClient();

    @RegisterExtension
    private final FaultProxy proxy = new FaultProxy();

    /**
     * Once a 500: TransactionConflict on the duplicate marker or the idempotency record fell
     * through. A lasting conflict on any item, the change event's too, writes neither the claim nor its event.
     */
    @ParameterizedTest
    @ValueSource(strings = {"DEDUP#", "IDEMPOTENCY#", "CLAIM#", "EVENT#"})
    void aConflictOnOneItemIsRetriedThen503(String item) throws Exception {
        String statement = Samples.uniqueStatement();
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        proxy.arm("TransactWriteItems", "conflict", 1, statement, Map.of("items", item));
        assertEquals(
                201, api.json("POST", "/claims", Samples.claim(statement), key).status());

        String other = Samples.uniqueStatement();
        var before = FaultProxy.dump();
        proxy.arm(
                "TransactWriteItems",
                "conflict",
                DynamoDbWriteFaultsIT.CONFLICT_ATTEMPTS,
                other,
                Map.of("items", item));
        DynamoDbWriteFaultsIT.assertUnavailable(api.json(
                "POST",
                "/claims",
                Samples.claim(other),
                Map.of("Idempotency-Key", UUID.randomUUID().toString())));
        assertEquals(1 + DynamoDbWriteFaultsIT.CONFLICT_ATTEMPTS, proxy.fired());
        assertEquals(before, FaultProxy.dump());
    }

    @Test
    void aConflictThenTheDuplicateIs409NamingTheClaim() throws Exception {
        String statement = Samples.uniqueStatement();
        String existing = (String) api.create(Samples.claim(statement)).get("id");
        proxy.arm("TransactWriteItems", "conflict", 1, statement);
        HandlerClient.Response again = api.postJson("/claims", Samples.claim(statement));
        assertEquals(409, again.status(), again.body());
        assertEquals(existing, again.json().get("existingClaimId"));
        assertEquals(1, proxy.fired());
    }

    @Test
    void aRetryWithoutAKeyAfterLostResponsesIs409NamingTheClaim() throws Exception {
        String statement = Samples.uniqueStatement();
        String body = Samples.claim(statement);
        proxy.arm(
                "TransactWriteItems", "lost", org.factcheck.claims.store.dynamodb.DynamoDbClients.ATTEMPTS, statement);
        DynamoDbWriteFaultsIT.assertUnavailable(api.postJson("/claims", body));
        var applied = FaultProxy.dump();
        String created = applied.values().stream()
                .filter(i -> i.containsKey("statement")
                        && statement.equals(i.get("statement").s()))
                .map(i -> i.get("id").s())
                .findFirst()
                .orElseThrow(() -> new AssertionError("the claim was not written"));
        proxy.reset();
        HandlerClient.Response retry = api.postJson("/claims", body);
        assertEquals(409, retry.status(), retry.body());
        assertEquals(created, retry.json().get("existingClaimId"));
        assertEquals(applied, FaultProxy.dump());
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
        DynamoDbWriteFaultsIT.assertUnavailable(HandlerClient.direct(
                new CreateClaimHandler(store), "POST", "/claims", Samples.claim(Samples.uniqueStatement())));
        DynamoDbWriteFaultsIT.assertUnavailable(
                HandlerClient.direct(new GetClaimHandler(store), "GET", "/claims/{claimId}", null));
    }
}
