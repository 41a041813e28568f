package org.factcheck.claims.store.apigateway;

import java.util.Map;
import org.factcheck.claims.store.AwsClients;
import org.factcheck.claims.store.StoreUnavailableException;
import org.factcheck.claims.store.UsagePlans;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.CreateApiKeyResponse;
import software.amazon.awssdk.services.apigateway.model.NotFoundException;

/**
 * {@link UsagePlans} on API Gateway: one API key per client in the stage's usage plan,
 * tagged {@code factcheck:stack=<stack name>}: RevokeKey's role may delete only keys so tagged.
 */
public final class ApiGatewayUsagePlans implements UsagePlans {
    /** The tag that marks the API keys this stack made (template.yaml conditions on it). */
    public static final String STACK_TAG = "factcheck:stack";

    private final ApiGatewayClient apiGateway;
    private final String usagePlanName;
    private final String stackName;
    private volatile String usagePlanId;

    public ApiGatewayUsagePlans(ApiGatewayClient apiGateway, String usagePlanName, String stackName) {
        this.apiGateway = apiGateway;
        this.usagePlanName = usagePlanName;
        this.stackName = stackName;
    }

    /**
     * From USAGE_PLAN_NAME and STACK_NAME; none when they are unset (local runs). The plan is found by name
     * because its id cannot be passed in: the plan depends on the stage, which depends on
     * the functions. Only the key functions build this client.
     */
    public static UsagePlans fromEnvironment() {
        String planName = setting("USAGE_PLAN_NAME");
        String stackName = setting("STACK_NAME");
        if (planName == null || planName.isBlank() || stackName == null || stackName.isBlank()) return NONE;
        return new ApiGatewayUsagePlans(AwsClients.build(ApiGatewayClient.builder(), o -> {}), planName, stackName);
    }

    private static String setting(String name) {
        String value = System.getenv(name);
        return value == null ? System.getProperty(name) : value;
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
                    .enabled(true)
                    .tags(Map.of(STACK_TAG, stackName)));
            apiGateway.createUsagePlanKey(
                    r -> r.usagePlanId(planId()).keyId(key.id()).keyType("API_KEY"));
            return new UsageKey(key.id(), key.value());
        } catch (SdkException e) {
            throw new StoreUnavailableException("API Gateway: " + e.getMessage(), e);
        }
    }

    @Override
    public void remove(String usageKeyId) {
        try {
            // Removed rather than disabled: disabling is a PATCH, which the URL-connection
            // HTTP client cannot send. The revoked key's record stays in the table. Either
            // may be gone already (an earlier attempt, or by hand): that counts as removed.
            try {
                apiGateway.deleteUsagePlanKey(r -> r.usagePlanId(planId()).keyId(usageKeyId));
            } catch (NotFoundException gone) {
                // not in the plan (any more)
            }
            try {
                apiGateway.deleteApiKey(r -> r.apiKey(usageKeyId));
            } catch (NotFoundException gone) {
                // deleted already
            }
        } catch (SdkException e) {
            throw new StoreUnavailableException("API Gateway: " + e.getMessage(), e);
        }
    }
}
