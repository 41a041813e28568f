package org.factcheck.claims.local;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Matches a method and path to a template route the way API Gateway REST APIs do. */
public final class Router {
    /** A matched route with its decoded path parameters. */
    public record Match(SamTemplate.Route route, Map<String, String> pathParameters) {}

    private final List<SamTemplate.Route> routes;

    public Router(List<SamTemplate.Route> routes) {
        this.routes = List.copyOf(routes);
    }

    /**
     * Finds the resource first, then the method on it, as API Gateway does: a request
     * for a method the most specific matching resource lacks does not fall back to a
     * less specific one. Returns null where API Gateway answers 403.
     */
    public Match match(String method, String path) {
        String[] segments = split(path);
        String best = null;
        for (SamTemplate.Route route : routes) {
            if (matchPath(split(route.path()), segments) == null) continue;
            if (best == null || moreSpecific(route.path(), best)) best = route.path();
        }
        if (best == null) return null;
        for (SamTemplate.Route route : routes) {
            if (route.path().equals(best)
                    && (route.method().equals(method) || route.method().equals("ANY"))) {
                return new Match(route, matchPath(split(route.path()), segments));
            }
        }
        return null;
    }

    /** Literal segments win over {parameters}, compared from the left. */
    private static boolean moreSpecific(String candidate, String current) {
        String[] a = split(candidate);
        String[] b = split(current);
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            boolean aParam = a[i].startsWith("{");
            boolean bParam = b[i].startsWith("{");
            if (aParam != bParam) return !aParam;
        }
        return false;
    }

    private static Map<String, String> matchPath(String[] pattern, String[] segments) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < pattern.length; i++) {
            String p = pattern[i];
            if (p.startsWith("{") && p.endsWith("+}")) {
                if (i >= segments.length) return null;
                params.put(
                        p.substring(1, p.length() - 2),
                        String.join("/", java.util.Arrays.copyOfRange(segments, i, segments.length)));
                return params;
            }
            if (i >= segments.length) return null;
            if (p.startsWith("{") && p.endsWith("}")) {
                if (segments[i].isEmpty()) return null;
                params.put(p.substring(1, p.length() - 1), ProxyEvents.decode(segments[i]));
            } else if (!p.equals(segments[i])) {
                return null;
            }
        }
        return pattern.length == segments.length ? params : null;
    }

    private static String[] split(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
    }
}
