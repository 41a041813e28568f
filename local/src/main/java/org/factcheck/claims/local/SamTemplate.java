package org.factcheck.claims.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the development server needs from template.yaml: routes, handlers, settings, the table. */
public final class SamTemplate {
    /** One API event of one function. */
    public record Route(String method, String path, String functionId, String handler) {}

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
                routes.add(new Route(((String) p.get("Method")).toUpperCase(Locale.ROOT), (String) p.get("Path"), id,
                        (String) props.get("Handler")));
            });
        });
        return routes;
    }

    /**
     * The Globals environment with intrinsics resolved for local use: {@code Ref} to a
     * parameter gives its default, {@code Ref} to a resource gives {@code resourceNames}'
     * entry for it.
     */
    public Map<String, String> environment(Map<String, String> resourceNames) {
        Map<String, Object> globals = map(map(template.get("Globals")).get("Function"));
        Map<String, Object> variables = map(map(globals.get("Environment")).get("Variables"));
        Map<String, String> resolved = new LinkedHashMap<>();
        variables.forEach((name, value) -> resolved.put(name, resolve(value, resourceNames)));
        return resolved;
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
        Map<String, Object> resource = map(resources().get(logicalId));
        if (resource.isEmpty()) throw new IllegalArgumentException("template.yaml has no resource " + logicalId);
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
