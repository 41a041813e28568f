package org.factcheck.claims.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import org.factcheck.claims.api.CreateKeyHandler;
import org.factcheck.claims.auth.ApiKeys;
import org.factcheck.claims.auth.NewApiKey;
import org.factcheck.claims.auth.Role;
import org.factcheck.claims.store.apigateway.ApiGatewayUsagePlans;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;

/**
 * Per-client metering against API Gateway as the emulator (moto) serves it: a new key
 * gets its own usage-plan key in the plan named like the stack's, and revoking removes it.
 */
class UsagePlansIT {

    @Test
    void eachKeyIsEnrolledInTheUsagePlanAndRevocationRemovesIt() throws Exception {
        ApiGatewayClient apiGateway = ApiGatewayClient.builder()
                .region(Region.US_EAST_1)
                .endpointOverride(URI.create(System.getenv("AWS_ENDPOINT_URL_DYNAMODB")))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
        String planName = "claims-test-" + System.nanoTime() + "-clients";
        String planId = apiGateway.createUsagePlan(r -> r.name(planName)).id();
        ApiGatewayUsagePlans plans = new ApiGatewayUsagePlans(apiGateway, planName);

        Map<String, Object> created = CreateKeyHandler.create(TestKeys.store(), plans,
                new NewApiKey("metered-newsroom", Role.READER, null), Instant.now());
        String keyId = (String) created.get("keyId");
        var record = TestKeys.store().find(keyId).orElseThrow();
        assertEquals(1, apiGateway.getUsagePlanKeys(r -> r.usagePlanId(planId)).items().size());
        assertEquals(record.usageKeyId(), apiGateway.getUsagePlanKeys(r -> r.usagePlanId(planId)).items().getFirst().id());
        assertFalse(record.usageKeyValue().contains(ApiKeys.fromAuthorization("Bearer " + created.get("key")).secret()),
                "the usage key is not the client's secret");

        HandlerClient.Response revoked = HandlerClient.direct(new org.factcheck.claims.api.RevokeKeyHandler(TestKeys.store(), plans),
                "DELETE", "/keys/{keyId}", null, Map.of("keyId", keyId));
        assertEquals(204, revoked.status(), revoked.body());
        assertEquals(0, apiGateway.getUsagePlanKeys(r -> r.usagePlanId(planId)).items().size(), "the usage key is gone");
        assertEquals(true, TestKeys.store().find(keyId).orElseThrow().revoked());
    }
}
