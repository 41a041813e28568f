package org.factcheck.claims.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.factcheck.claims.api.CreateKeyHandler;
import org.factcheck.claims.api.RevokeKeyHandler;
import org.factcheck.claims.auth.ApiKeys;
import org.factcheck.claims.keys.ApiKeyRecord;
import org.factcheck.claims.store.apigateway.ApiGatewayUsagePlans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.NotFoundException;

/**
 * Per-client metering against API Gateway as the emulator (moto) serves it, through the
 * real CreateKey and RevokeKey handlers: a new key gets its own usage-plan key, tagged as
 * this stack's, in the plan named like the stack's; revoking removes it, and revoking is
 * idempotent even when the usage key is gone already.
 */
class UsagePlansIT {
    private static final ApiGatewayClient API_GATEWAY = ApiGatewayClient.builder()
            .region(Region.US_EAST_1)
            .endpointOverride(URI.create(System.getenv("AWS_ENDPOINT_URL_DYNAMODB")))
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
            .httpClient(UrlConnectionHttpClient.create())
            .build();
    private String planId;
    private String planName;

    @BeforeEach
    void plan() {
        planName = AwsCalls.STACK_NAME + "-" + System.nanoTime() + "-clients";
        planId = API_GATEWAY.createUsagePlan(r -> r.name(planName)).id();
    }

    /** A fresh function instance, as a new Lambda container would be: it finds the plan by name. */
    private ApiGatewayUsagePlans plans() {
        return new ApiGatewayUsagePlans(API_GATEWAY, planName, AwsCalls.STACK_NAME);
    }

    private Map<String, Object> create(String owner) throws Exception {
        HandlerClient.Response created = HandlerClient.direct(
                new CreateKeyHandler(TestKeys.store(), plans()),
                "POST",
                "/keys",
                "{\"owner\":\"" + owner + "\",\"role\":\"reader\"}");
        assertEquals(201, created.status(), created.body());
        return created.json();
    }

    private HandlerClient.Response revoke(String keyId) throws Exception {
        return HandlerClient.direct(
                new RevokeKeyHandler(TestKeys.store(), plans()),
                "DELETE",
                "/keys/{keyId}",
                null,
                Map.of("keyId", keyId));
    }

    private List<String> planKeys() {
        return API_GATEWAY.getUsagePlanKeys(r -> r.usagePlanId(planId)).items().stream()
                .map(k -> k.id())
                .toList();
    }

    @Test
    void eachKeyIsEnrolledTaggedAndRemovedOnRevocation() throws Exception {
        Map<String, Object> created = create("metered-newsroom");
        String keyId = (String) created.get("keyId");
        ApiKeyRecord record = TestKeys.store().find(keyId).orElseThrow();
        assertEquals(List.of(record.usageKeyId()), planKeys());
        assertFalse(
                record.usageKeyValue()
                        .contains(ApiKeys.fromAuthorization("Bearer " + created.get("key"))
                                .secret()),
                "the usage key is not the client's secret");
        assertEquals(
                Map.of(ApiGatewayUsagePlans.STACK_TAG, AwsCalls.STACK_NAME),
                API_GATEWAY.getApiKey(r -> r.apiKey(record.usageKeyId())).tags(),
                "RevokeKey may delete only keys so tagged");

        assertEquals(204, revoke(keyId).status());
        assertEquals(List.of(), planKeys(), "the usage key left the plan");
        assertThrows(NotFoundException.class, () -> API_GATEWAY.getApiKey(r -> r.apiKey(record.usageKeyId())));
        ApiKeyRecord revoked = TestKeys.store().find(keyId).orElseThrow();
        assertEquals(true, revoked.revoked());
        assertNull(revoked.usageKeyId(), "once API Gateway dropped it, the record forgets the usage key");

        RecordingInterceptor.reset();
        assertEquals(204, revoke(keyId).status(), "revoking twice is fine");
        assertEquals(List.of("UpdateItem"), RecordingInterceptor.calls(), "and asks API Gateway nothing");
    }

    @Test
    void aUsageKeyGoneAlreadyCountsAsRemoved() throws Exception {
        String keyId = (String) create("removed-by-hand").get("keyId");
        String usageKeyId = TestKeys.store().find(keyId).orElseThrow().usageKeyId();
        // Deleted out of band (console, a cleanup script): API Gateway answers NotFound from now on.
        API_GATEWAY.deleteUsagePlanKey(r -> r.usagePlanId(planId).keyId(usageKeyId));
        API_GATEWAY.deleteApiKey(r -> r.apiKey(usageKeyId));

        HandlerClient.Response revoked = revoke(keyId);
        assertEquals(204, revoked.status(), revoked.body());
        assertEquals(true, TestKeys.store().find(keyId).orElseThrow().revoked());
    }

    @Test
    void aRevocationThatFailedHalfwayCompletesOnRetry() throws Exception {
        String keyId = (String) create("half-revoked").get("keyId");
        String usageKeyId = TestKeys.store().find(keyId).orElseThrow().usageKeyId();

        RecordingInterceptor.failNext("DeleteApiKey");
        HandlerClient.Response failed = revoke(keyId);
        assertEquals(503, failed.status(), failed.body());
        assertEquals(List.of(), planKeys(), "the plan key went before the fault");
        assertEquals(usageKeyId, TestKeys.store().find(keyId).orElseThrow().usageKeyId(), "still to be removed");

        HandlerClient.Response retried = revoke(keyId);
        assertEquals(204, retried.status(), retried.body());
        assertThrows(NotFoundException.class, () -> API_GATEWAY.getApiKey(r -> r.apiKey(usageKeyId)));
        assertNull(TestKeys.store().find(keyId).orElseThrow().usageKeyId());
    }
}
