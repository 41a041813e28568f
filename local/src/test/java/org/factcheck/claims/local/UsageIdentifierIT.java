package org.factcheck.claims.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.factcheck.claims.auth.KeyIssuer;
import org.factcheck.claims.auth.NewApiKey;
import org.factcheck.claims.keys.Role;
import org.factcheck.claims.store.UsagePlans;
import org.junit.jupiter.api.Test;

/**
 * The usage-plan key the authorizer names (usageIdentifierKey) and the development server
 * refusing, as API Gateway does with ApiKeySourceType AUTHORIZER and ApiKeyRequired, a
 * request whose authorizer named none (403, INVALID_API_KEY as template.yaml shapes it).
 */
class UsageIdentifierIT {

    /** A usage plan that enrols every key with a usage key of its own, as ApiGatewayUsagePlans does. */
    private static final UsagePlans PLAN = new UsagePlans() {
        @Override
        public UsageKey enrol(String keyId, String owner) {
            return new UsageKey("uk-" + keyId, "usage-value-" + keyId);
        }

        @Override
        public void remove(String usageKeyId) {}
    };

    private static String keyWith(UsagePlans plans, String owner) {
        return new KeyIssuer(TestKeys.store(), plans)
                .issue(new NewApiKey(owner, Role.READER, null), Instant.now())
                .key();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> decisionFor(String key) throws Exception {
        Map<String, Object> event = HandlerClient.JSON.readValue(
                Files.readAllBytes(TestEnvironment.ROOT.resolve("events/authorizer-request.json")), Map.class);
        ((Map<String, Object>) event.get("headers")).put("Authorization", "Bearer " + key);
        ((Map<String, Object>) event.get("multiValueHeaders")).put("Authorization", List.of("Bearer " + key));
        SamTemplate.Authorizer authorizer =
                TestEnvironment.TEMPLATE.routes().getFirst().authorizer();
        return new HandlerClient().invokeAuthorizer(authorizer, HandlerClient.JSON.writeValueAsBytes(event));
    }

    @Test
    void theAuthorizerNamesTheKeysUsagePlanKey() throws Exception {
        String enrolled = keyWith(PLAN, "metered");
        assertEquals(
                "usage-value-" + TestKeys.keyId(enrolled), decisionFor(enrolled).get("usageIdentifierKey"));
        assertFalse(
                decisionFor(keyWith(UsagePlans.NONE, "unmetered")).containsKey("usageIdentifierKey"),
                "a key without a usage key names none");
    }

    @Test
    void withAUsagePlanARequestWhoseAuthorizerNamesNoUsageKeyIsForbidden() throws Exception {
        assertTrue(
                TestEnvironment.TEMPLATE.usageKeyFromAuthorizer(),
                "template.yaml meters by the authorizer's usage key");
        try (DevServer metered = new DevServer(TestEnvironment.TEMPLATE, 0, true).start();
                DevServer local = new DevServer(TestEnvironment.TEMPLATE, 0).start()) {
            String unmetered = keyWith(UsagePlans.NONE, "unmetered");
            HttpResponse<String> refused = get(metered, unmetered);
            assertEquals(403, refused.statusCode(), refused.body());
            assertEquals(
                    "application/problem+json",
                    refused.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(refused.body().contains("usage plan"), refused.body());

            assertEquals(200, get(metered, keyWith(PLAN, "metered")).statusCode(), "an enrolled key passes");
            assertEquals(200, get(local, unmetered).statusCode(), "make run emulates no plan: local keys have none");
        }
    }

    private static HttpResponse<String> get(DevServer server, String key) throws Exception {
        return DevServerCalls.get(server, "/claims?limit=1", key);
    }
}
