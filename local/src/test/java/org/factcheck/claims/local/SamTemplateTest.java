package org.factcheck.claims.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SamTemplateTest {
    private static final SamTemplate TEMPLATE = SamTemplate.load(Path.of("../template.yaml"));

    @Test
    void resolvesRefsInTheGlobalsEnvironment() {
        Map<String, String> env = TEMPLATE.environment(Map.of("ClaimsTable", "local-table"));
        assertEquals("local-table", env.get("TABLE_NAME"));
        assertEquals("Fact-check Claims API", env.get("FACTCHECK_ORG_NAME"), "a Ref to a parameter gives its default");
    }

    @Test
    void readsTheApiRoutesWithTheirHandlers() {
        SamTemplate.Route create = TEMPLATE.routes().stream()
                .filter(r -> r.method().equals("POST") && r.path().equals("/claims")).findFirst().orElseThrow();
        assertEquals("CreateClaimFunction", create.functionId());
        assertEquals("org.factcheck.claims.api.CreateClaimHandler::handleRequest", create.handler());
        assertEquals(new SamTemplate.Authorizer("ApiKeyAuthorizer", "AuthorizerFunction",
                "org.factcheck.claims.auth.AuthorizerHandler::handleRequest", java.util.List.of("Authorization"), 300),
                create.authorizer(), "the API's default authorizer, its cache time from the parameter default");
        assertTrue(TEMPLATE.environment(Map.of("ClaimsTable", "t")).containsKey("TABLE_NAME"));
        assertTrue(!TEMPLATE.environment(Map.of("ClaimsTable", "t")).containsKey("USAGE_PLAN_NAME"),
                "no usage plan locally");
    }

    @Test
    void turnsShortFormIntrinsicsIntoLongForm() {
        Object arn = SamTemplate.map(SamTemplate.map(TEMPLATE.resourceProperties("ClaimsApi").get("AccessLogSetting")))
                .get("DestinationArn");
        assertEquals(Map.of("Fn::GetAtt", "ApiAccessLogGroup.Arn"), arn);
    }
}
