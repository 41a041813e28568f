package org.factcheck.claims.auth;

import java.util.ArrayList;
import java.util.List;
import org.factcheck.claims.keys.Role;

/**
 * The one table of which role each route needs. The authorizer turns it into an IAM
 * policy (cached per key, so it lists every route the role may call) and each handler
 * checks it again.
 */
public final class RoutePermissions {
    /** One route: method and resource path as in template.yaml. */
    public record Route(String method, String resource, Role role) {}

    public static final List<Route> ROUTES = List.of(
            new Route("GET", "/claims", Role.READER),
            new Route("GET", "/claims/{claimId}", Role.READER),
            new Route("GET", "/claims/{claimId}/verdicts", Role.READER),
            new Route("GET", "/claims/{claimId}/claimreview", Role.READER),
            new Route("GET", "/changes", Role.READER),
            new Route("POST", "/claims", Role.FACTCHECKER),
            new Route("POST", "/articles", Role.FACTCHECKER),
            new Route("PATCH", "/claims/{claimId}", Role.FACTCHECKER),
            new Route("POST", "/claims/{claimId}/appearances", Role.FACTCHECKER),
            new Route("POST", "/claims/{claimId}/verdicts", Role.FACTCHECKER),
            // Each key reaches only its own subscriptions (the handlers see to it).
            new Route("POST", "/subscriptions", Role.READER),
            new Route("GET", "/subscriptions", Role.READER),
            new Route("GET", "/subscriptions/{subscriptionId}", Role.READER),
            new Route("PATCH", "/subscriptions/{subscriptionId}", Role.READER),
            new Route("DELETE", "/subscriptions/{subscriptionId}", Role.READER),
            new Route("POST", "/subscriptions/{subscriptionId}/secret", Role.READER),
            new Route("POST", "/subscriptions/{subscriptionId}/test", Role.READER),
            new Route("POST", "/keys", Role.ADMIN),
            new Route("GET", "/keys", Role.ADMIN),
            new Route("DELETE", "/keys/{keyId}", Role.ADMIN));

    private RoutePermissions() {}

    /** The role a route needs; unknown routes need ADMIN, so a route left out fails closed. */
    public static Role required(String method, String resource) {
        for (Route route : ROUTES) {
            if (route.method().equals(method) && route.resource().equals(resource)) return route.role();
        }
        return Role.ADMIN;
    }

    /**
     * execute-api resource ARNs for every route {@code role} may call, built on the
     * "arn:...:apiId/stage/" prefix of the method ARN being authorized.
     */
    public static List<String> allowedArns(String methodArn, Role role) {
        String[] parts = methodArn.split("/", 3); // arn:...:apiId, stage, METHOD/path
        String prefix = parts[0] + "/" + (parts.length > 1 ? parts[1] : "*") + "/";
        List<String> arns = new ArrayList<>();
        for (Route route : ROUTES) {
            if (role.includes(route.role())) {
                arns.add(prefix + route.method() + route.resource().replaceAll("\\{[^}]+}", "*"));
            }
        }
        return arns;
    }
}
