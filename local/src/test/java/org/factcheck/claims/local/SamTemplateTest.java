package org.factcheck.claims.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SamTemplateTest {
    private static final SamTemplate TEMPLATE = SamTemplate.load(Path.of("../template.yaml"));

    @Test
    void resolvesRefsInTheGlobalsEnvironment() {
        Map<String, String> env = TEMPLATE.environment(
                Map.of("ClaimsTable", "local-table", "KeysTable", "local-keys", "SubscriptionSecretsTable", "local-s"));
        assertEquals("local-table", env.get("TABLE_NAME"));
        assertEquals("local-keys", env.get("KEYS_TABLE_NAME"));
        assertEquals("Fact-check Claims API", env.get("FACTCHECK_ORG_NAME"), "a Ref to a parameter gives its default");
        assertEquals("false", env.get("WEBHOOK_ALLOW_LOOPBACK"), "the template never allows loopback webhooks");
    }

    @Test
    void readsTheApiRoutesWithTheirHandlers() {
        SamTemplate.Route create = TEMPLATE.routes().stream()
                .filter(r -> r.method().equals("POST") && r.path().equals("/claims"))
                .findFirst()
                .orElseThrow();
        assertEquals("CreateClaimFunction", create.functionId());
        assertEquals("org.factcheck.claims.api.CreateClaimHandler::handleRequest", create.handler());
        assertEquals(
                new SamTemplate.Authorizer(
                        "ApiKeyAuthorizer",
                        "AuthorizerFunction",
                        "org.factcheck.claims.auth.AuthorizerHandler::handleRequest",
                        java.util.List.of("Authorization"),
                        300),
                create.authorizer(),
                "the API's default authorizer, its cache time from the parameter default");
        Map<String, String> tables = Map.of("ClaimsTable", "t", "KeysTable", "k", "SubscriptionSecretsTable", "s");
        assertTrue(TEMPLATE.environment(tables).containsKey("TABLE_NAME"));
        assertTrue(!TEMPLATE.environment(tables).containsKey("USAGE_PLAN_NAME"), "no usage plan locally");
        assertTrue(!TEMPLATE.environment(tables).containsKey("STACK_NAME"), "no stack locally");
    }

    @Test
    void namesEveryTableOfTheTemplateLocally() {
        assertEquals(
                Map.of(
                        "TABLE_NAME",
                        "ClaimsTable",
                        "KEYS_TABLE_NAME",
                        "KeysTable",
                        "SUBSCRIPTION_SECRETS_TABLE_NAME",
                        "SubscriptionSecretsTable"),
                TEMPLATE.tableVariables());
        assertEquals(
                Map.of(
                        "ClaimsTable",
                        "claims-local",
                        "KeysTable",
                        "keys-local",
                        "SubscriptionSecretsTable",
                        "subscriptionsecrets-local"),
                LocalTable.names(TEMPLATE, "local", Map.of()));
        assertEquals(
                Map.of(
                        "ClaimsTable",
                        "claims-local",
                        "KeysTable",
                        "my-keys",
                        "SubscriptionSecretsTable",
                        "subscriptionsecrets-local"),
                LocalTable.names(TEMPLATE, "local", Map.of("KEYS_TABLE_NAME", "my-keys")),
                "the variable the handlers read names its table");
    }

    @Test
    void keysAreListedWithoutTheirSecrets() {
        Map<String, Object> index = SamTemplate.map(
                SamTemplate.list(TEMPLATE.resourceProperties("KeysTable").get("GlobalSecondaryIndexes"))
                        .getFirst());
        Map<String, Object> projection = SamTemplate.map(index.get("Projection"));
        assertEquals("INCLUDE", projection.get("ProjectionType"));
        List<Object> attributes = SamTemplate.list(projection.get("NonKeyAttributes"));
        assertFalse(attributes.contains("secretHash") || attributes.contains("usageKeyValue"), attributes.toString());
    }

    @Test
    void aFailingAuthorizerIsA503ProblemWithRetryAfterNotABare500() {
        for (String type : List.of("AUTHORIZER_FAILURE", "AUTHORIZER_CONFIGURATION_ERROR")) {
            SamTemplate.GatewayResponse response = TEMPLATE.gatewayResponses().get(type);
            assertEquals(503, response.status(), type);
            assertEquals("1", response.headers().get("Retry-After"), type);
            assertEquals("application/problem+json", response.headers().get("Content-Type"), type);
            assertTrue(response.body().contains("\"status\":503"), type);
        }
        assertEquals(
                "Bearer",
                TEMPLATE.gatewayResponses().get("UNAUTHORIZED").headers().get("WWW-Authenticate"));
        assertEquals(403, TEMPLATE.gatewayResponses().get("ACCESS_DENIED").status());
    }

    @Test
    void turnsShortFormIntrinsicsIntoLongForm() {
        Object arn = SamTemplate.map(
                        SamTemplate.map(TEMPLATE.resourceProperties("ClaimsApi").get("AccessLogSetting")))
                .get("DestinationArn");
        assertEquals(Map.of("Fn::GetAtt", "ApiAccessLogGroup.Arn"), arn);
    }
}
