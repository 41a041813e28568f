package org.factcheck.claims.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the development server needs from template.yaml: routes, handlers, settings, the table. */
public final class SamTemplate {
    /** One API event of one function; {@code authorizer} is null for a route without one. */
    public record Route(String method, String path, String functionId, String handler, Authorizer authorizer) {
        public Route(String method, String path, String functionId, String handler) {
            this(method, path, functionId, handler, null);
        }
    }

    /** A Lambda REQUEST authorizer of the API: its function, identity headers and cache time. */
    public record Authorizer(
            String name, String functionId, String handler, List<String> identityHeaders, int ttlSeconds) {}

    /** A customised API Gateway response (AWS::ApiGateway::GatewayResponse). */
    public record GatewayResponse(int status, Map<String, String> headers, String body) {}

    private final Map<String, Object> template;

    private SamTemplate(Map<String, Object> template) {
        this.template = template;
    }

    public static SamTemplate load(Path file) {
        return new SamTemplate(CloudFormationYaml.read(file));
    }

    public List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        resources().forEach((id, resource) -> {
            if (!"AWS::Serverless::Function".equals(resource.get("Type"))) return;
            Map<String, Object> props = map(resource.get("Properties"));
            map(props.get("Events")).values().forEach(e -> {
                Map<String, Object> event = map(e);
                if (!"Api".equals(event.get("Type"))) return;
                Map<String, Object> p = map(event.get("Properties"));
                routes.add(new Route(
                        ((String) p.get("Method")).toUpperCase(Locale.ROOT),
                        (String) p.get("Path"),
                        id,
                        (String) props.get("Handler"),
                        authorizerOf(p)));
            });
        });
        return routes;
    }

    /** The authorizer of an Api event: the API's default unless the event says NONE or names another. */
    private Authorizer authorizerOf(Map<String, Object> eventProperties) {
        Object restApi = map(eventProperties.get("RestApiId")).get("Ref");
        Map<String, Object> auth = map(map(resourceProperties(restApi == null ? "" : restApi.toString(), true))
                .get("Auth"));
        Object name = map(eventProperties.get("Auth")).getOrDefault("Authorizer", auth.get("DefaultAuthorizer"));
        if (name == null || "NONE".equals(name) || "AWS_IAM".equals(name)) return null;
        Map<String, Object> definition = map(map(auth.get("Authorizers")).get(name));
        // !GetAtt Fn.Arn, or !Ref Fn.Alias (the live alias that AutoPublishAlias makes).
        Map<String, Object> arn = map(definition.get("FunctionArn"));
        String target = String.valueOf(arn.containsKey("Fn::GetAtt") ? arn.get("Fn::GetAtt") : arn.get("Ref"));
        String functionId = target.substring(0, target.indexOf('.'));
        Map<String, Object> identity = map(definition.get("Identity"));
        List<String> headers =
                list(identity.get("Headers")).stream().map(String::valueOf).toList();
        Object ttl = identity.getOrDefault("ReauthorizeEvery", 300);
        int seconds = Integer.parseInt(ttl instanceof String ? (String) ttl : resolve(ttl, Map.of()));
        return new Authorizer(
                name.toString(),
                functionId,
                (String) resourceProperties(functionId).get("Handler"),
                headers,
                seconds);
    }

    /**
     * Whether an API meters clients by the key its authorizer names: ApiKeySourceType
     * AUTHORIZER with ApiKeyRequired. API Gateway then refuses (403, INVALID_API_KEY) a
     * request whose authorizer decision has no usageIdentifierKey of the usage plan.
     */
    public boolean usageKeyFromAuthorizer() {
        return resources().values().stream()
                .filter(r -> "AWS::Serverless::Api".equals(r.get("Type")))
                .map(r -> map(r.get("Properties")))
                .anyMatch(p -> "AUTHORIZER".equals(p.get("ApiKeySourceType"))
                        && "true"
                                .equalsIgnoreCase(
                                        String.valueOf(map(p.get("Auth")).get("ApiKeyRequired"))));
    }

    /** The customised gateway responses (the GatewayResponses of each AWS::Serverless::Api), by type. */
    public Map<String, GatewayResponse> gatewayResponses() {
        Map<String, GatewayResponse> out = new LinkedHashMap<>();
        resources().forEach((id, resource) -> {
            if (!"AWS::Serverless::Api".equals(resource.get("Type"))) return;
            map(map(resource.get("Properties")).get("GatewayResponses")).forEach((type, value) -> {
                Map<String, Object> response = map(value);
                Map<String, String> headers = new LinkedHashMap<>();
                map(map(response.get("ResponseParameters")).get("Headers"))
                        .forEach((k, v) -> headers.put(k, String.valueOf(v).replaceAll("^'|'$", "")));
                Object body = map(response.get("ResponseTemplates")).get("application/json");
                out.put(
                        type,
                        new GatewayResponse(
                                Integer.parseInt(String.valueOf(response.get("StatusCode"))),
                                headers,
                                body == null ? null : body.toString()));
            });
        });
        return out;
    }

    /**
     * The Globals environment with intrinsics resolved for local use: {@code Ref} to a
     * parameter gives its default, {@code Ref} to a resource gives {@code resourceNames}'
     * entry for it; other intrinsics are left out.
     */
    public Map<String, String> environment(Map<String, String> resourceNames) {
        Map<String, Object> globals = map(map(template.get("Globals")).get("Function"));
        Map<String, Object> variables = map(map(globals.get("Environment")).get("Variables"));
        Map<String, String> resolved = new LinkedHashMap<>();
        variables.forEach((name, value) -> {
            // Values built from the deployed stack (Fn::Sub of its name, say) have no local
            // meaning and stay unset: locally there is no usage plan.
            if (value instanceof Map<?, ?> m && !m.containsKey("Ref")) return;
            // A queue exists locally only where LocalQueues made it (the dev server, the ITs).
            if (value instanceof Map<?, ?> m
                    && !resourceNames.containsKey(String.valueOf(m.get("Ref")))
                    && "AWS::SQS::Queue"
                            .equals(map(resources().get(String.valueOf(m.get("Ref"))))
                                    .get("Type"))) return;
            resolved.put(name, resolve(value, resourceNames));
        });
        return resolved;
    }

    /** The Globals variables that name a DynamoDB table (a Ref to it), with the table's logical id. */
    public Map<String, String> tableVariables() {
        Map<String, Object> globals = map(map(template.get("Globals")).get("Function"));
        Map<String, String> out = new LinkedHashMap<>();
        map(map(globals.get("Environment")).get("Variables")).forEach((name, value) -> {
            Object ref = map(value).get("Ref");
            if (ref != null
                    && "AWS::DynamoDB::Table"
                            .equals(map(resources().get(ref.toString())).get("Type"))) {
                out.put(name, ref.toString());
            }
        });
        return out;
    }

    private String resolve(Object value, Map<String, String> resourceNames) {
        if (value instanceof String s) return s;
        Map<String, Object> intrinsic = map(value);
        Object ref = intrinsic.get("Ref");
        if (ref == null) throw new IllegalArgumentException("only literals and Ref are supported locally: " + value);
        if (resourceNames.containsKey(ref)) return resourceNames.get(ref);
        Map<String, Object> parameter = map(map(template.get("Parameters")).get(ref));
        Object fallback = parameter.get("Default");
        if (fallback == null) throw new IllegalArgumentException("no local value for Ref " + ref);
        return fallback.toString();
    }

    /** The Properties of a resource, by logical id. */
    public Map<String, Object> resourceProperties(String logicalId) {
        return resourceProperties(logicalId, false);
    }

    private Map<String, Object> resourceProperties(String logicalId, boolean optional) {
        Map<String, Object> resource = map(resources().get(logicalId));
        if (resource.isEmpty() && !optional)
            throw new IllegalArgumentException("template.yaml has no resource " + logicalId);
        return map(resource.get("Properties"));
    }

    public Map<String, Map<String, Object>> resources() {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        map(template.get("Resources")).forEach((k, v) -> out.put(k, map(v)));
        return out;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value instanceof List<?> l ? (List<Object>) l : List.of();
    }
}
