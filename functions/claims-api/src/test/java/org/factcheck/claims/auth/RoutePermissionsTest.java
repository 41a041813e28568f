package org.factcheck.claims.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.factcheck.claims.keys.Role;
import org.junit.jupiter.api.Test;

class RoutePermissionsTest {
    private static final String ARN = "arn:aws:execute-api:us-east-1:123456789012:abc123/v1/GET/claims";

    @Test
    void readersMayReadAndManageTheirOwnSubscriptions() {
        assertEquals(
                List.of(
                        "arn:aws:execute-api:us-east-1:123456789012:abc123/v1/GET/claims",
                        "arn:aws:execute-api:us-east-1:123456789012:abc123/v1/GET/claims/*",
                        "arn:aws:execute-api:us-east-1:123456789012:abc123/v1/GET/claims/*/verdicts",
                        "arn:aws:execute-api:us-east-1:123456789012:abc123/v1/GET/claims/*/claimreview",
                        "arn:aws:execute-api:us-east-1:123456789012:abc123/v1/GET/changes",
                        "arn:aws:execute-api:us-east-1:123456789012:abc123/v1/POST/subscriptions",
                        "arn:aws:execute-api:us-east-1:123456789012:abc123/v1/GET/subscriptions",
                        "arn:aws:execute-api:us-east-1:123456789012:abc123/v1/GET/subscriptions/*",
                        "arn:aws:execute-api:us-east-1:123456789012:abc123/v1/PATCH/subscriptions/*",
                        "arn:aws:execute-api:us-east-1:123456789012:abc123/v1/DELETE/subscriptions/*",
                        "arn:aws:execute-api:us-east-1:123456789012:abc123/v1/POST/subscriptions/*/secret",
                        "arn:aws:execute-api:us-east-1:123456789012:abc123/v1/POST/subscriptions/*/test"),
                RoutePermissions.allowedArns(ARN, Role.READER));
    }

    @Test
    void eachRoleAddsToTheOneBelow() {
        assertEquals(17, RoutePermissions.allowedArns(ARN, Role.FACTCHECKER).size());
        assertEquals(20, RoutePermissions.allowedArns(ARN, Role.ADMIN).size());
        assertEquals(Role.FACTCHECKER, RoutePermissions.required("PATCH", "/claims/{claimId}"));
        assertEquals(
                Role.ADMIN, RoutePermissions.required("DELETE", "/claims/{claimId}"), "an unlisted route fails closed");
    }
}
