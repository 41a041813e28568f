package org.factcheck.claims.store.apigateway;

import java.time.Duration;
import org.factcheck.claims.AppConfig;
import org.factcheck.claims.store.StoreUnavailableException;
import org.factcheck.claims.store.UsagePlans;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.CreateApiKeyResponse;

/** {@link UsagePlans} on API Gateway: one API key per client in the stage's usage plan. */
public final class ApiGatewayUsagePlans implements UsagePlans {
    private final ApiGatewayClient apiGateway;
    private final String usagePlanName;
    private volatile String usagePlanId;

    public ApiGatewayUsagePlans(ApiGatewayClient apiGateway, String usagePlanName) {
        this.apiGateway = apiGateway;
        this.usagePlanName = usagePlanName;
    }

    /**
     * From USAGE_PLAN_NAME; none when it is unset (local runs). The plan is found by name
     * because its id cannot be passed in: the plan depends on the stage, which depends on
     * the functions. Only the key functions build this client.
     */
    public static UsagePlans fromEnvironment() {
        String planName = System.getenv("USAGE_PLAN_NAME");
        if (planName == null) planName = System.getProperty("USAGE_PLAN_NAME");
        if (planName == null || planName.isBlank()) return NONE;
        ApiGatewayClient client = ApiGatewayClient.builder()
                .region(Region.of(AppConfig.region()))
                .credentialsProvider(EnvironmentVariableCredentialsProvider.create())
                .httpClient(UrlConnectionHttpClient.builder().connectionTimeout(Duration.ofSeconds(2)).build())
                .build();
        return new ApiGatewayUsagePlans(client, planName);
    }

    private String planId() {
        if (usagePlanId == null) {
            usagePlanId = apiGateway.getUsagePlansPaginator(r -> r.limit(100)).items().stream()
                    .filter(plan -> usagePlanName.equals(plan.name()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no usage plan named " + usagePlanName))
                    .id();
        }
        return usagePlanId;
    }

    @Override
    public UsageKey enrol(String keyId, String owner) {
        try {
            CreateApiKeyResponse key = apiGateway.createApiKey(r -> r.name("fck-" + keyId)
                    .description("usage key of API key " + keyId + " (" + owner + ")")
                    .enabled(true));
            apiGateway.createUsagePlanKey(r -> r.usagePlanId(planId()).keyId(key.id()).keyType("API_KEY"));
            return new UsageKey(key.id(), key.value());
        } catch (SdkException e) {
            throw new StoreUnavailableException("API Gateway: " + e.getMessage(), e);
        }
    }

    @Override
    public void remove(String usageKeyId) {
        try {
            // Removed rather than disabled: disabling is a PATCH, which the URL-connection
            // HTTP client cannot send. The revoked key's record stays in the table.
            apiGateway.deleteUsagePlanKey(r -> r.usagePlanId(planId()).keyId(usageKeyId));
            apiGateway.deleteApiKey(r -> r.apiKey(usageKeyId));
        } catch (SdkException e) {
            throw new StoreUnavailableException("API Gateway: " + e.getMessage(), e);
        }
    }
}
