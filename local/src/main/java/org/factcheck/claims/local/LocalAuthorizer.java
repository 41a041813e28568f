package org.factcheck.claims.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Runs a route's Lambda REQUEST authorizer as API Gateway does: identity headers
 * required (else 401 without a call), the function invoked with a REQUEST event, its
 * decision cached per identity value for the template's ReauthorizeEvery, "Unauthorized"
 * answered 401, a policy that does not allow the method ARN answered 403, and the
 * context passed on to the handler.
 */
final class LocalAuthorizer {
    static final String ACCOUNT = "000000000000";
    static final String API_ID = "local";
    static final String STAGE = "local";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The outcome: either the context for the handler (and the decision's usageIdentifierKey,
     * null when it named none), or the gateway response to send.
     */
    record Decision(Map<String, Object> context, String gatewayResponse, String usageIdentifierKey) {
        Decision(Map<String, Object> context, String gatewayResponse) {
            this(context, gatewayResponse, null);
        }
    }

    private record Cached(long expiresAt, Map<String, Object> policy) {}

    private final LocalFunctions functions;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    LocalAuthorizer(LocalFunctions functions) {
        this.functions = functions;
    }

    Decision authorize(
            SamTemplate.Authorizer authorizer,
            ProxyEvents.HttpRequest http,
            SamTemplate.Route route,
            Map<String, String> pathParameters,
            String requestId) {
        List<String> identity = new ArrayList<>();
        for (String header : authorizer.identityHeaders()) {
            String value = headerValue(http, header);
            if (value == null || value.isEmpty()) return new Decision(null, "UNAUTHORIZED");
            identity.add(value);
        }
        String methodArn =
                "arn:aws:execute-api:local:" + ACCOUNT + ":" + API_ID + "/" + STAGE + "/" + http.method() + http.path();
        String cacheKey = authorizer.name() + "\n" + String.join("\n", identity);
        Cached cached = cache.get(cacheKey);
        Map<String, Object> policy;
        if (cached != null && cached.expiresAt() > System.currentTimeMillis()) {
            policy = cached.policy();
        } else {
            try {
                Map<String, Object> event = ProxyEvents.build(http, route, pathParameters, requestId, null);
                event.put("type", "REQUEST");
                event.put("methodArn", methodArn);
                byte[] out =
                        functions.invoke(authorizer.functionId(), authorizer.handler(), JSON.writeValueAsBytes(event));
                @SuppressWarnings("unchecked")
                Map<String, Object> decided = JSON.readValue(out, Map.class);
                policy = decided;
            } catch (Exception e) {
                if ("Unauthorized".equals(e.getMessage())) return new Decision(null, "UNAUTHORIZED");
                return new Decision(null, "AUTHORIZER_FAILURE");
            }
            if (authorizer.ttlSeconds() > 0) {
                cache.put(cacheKey, new Cached(System.currentTimeMillis() + authorizer.ttlSeconds() * 1000L, policy));
            }
        }
        if (!allows(policy, methodArn)) return new Decision(null, "ACCESS_DENIED");
        Map<String, Object> context = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        Map<String, Object> extra = (Map<String, Object>) policy.get("context");
        if (extra != null) extra.forEach((k, v) -> context.put(k, v == null ? null : v.toString()));
        context.put("principalId", policy.get("principalId"));
        Object usageKey = policy.get("usageIdentifierKey");
        return new Decision(context, null, usageKey == null ? null : usageKey.toString());
    }

    /** IAM evaluation for one action: an explicit Deny wins, else some Allow must match. */
    @SuppressWarnings("unchecked")
    static boolean allows(Map<String, Object> policy, String methodArn) {
        Map<String, Object> document = (Map<String, Object>) policy.get("policyDocument");
        if (document == null) return false;
        boolean allowed = false;
        for (Object s : asList(document.get("Statement"))) {
            Map<String, Object> statement = (Map<String, Object>) s;
            boolean actionMatches = asList(statement.get("Action")).stream()
                    .anyMatch(a -> glob(String.valueOf(a))
                            .matcher("execute-api:Invoke")
                            .matches());
            boolean resourceMatches = asList(statement.get("Resource")).stream()
                    .anyMatch(r -> glob(String.valueOf(r)).matcher(methodArn).matches());
            if (!actionMatches || !resourceMatches) continue;
            if ("Deny".equals(statement.get("Effect"))) return false;
            if ("Allow".equals(statement.get("Effect"))) allowed = true;
        }
        return allowed;
    }

    private static List<Object> asList(Object value) {
        return value instanceof List<?> l ? new ArrayList<>(l) : value == null ? List.of() : List.of(value);
    }

    private static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            if (c == '*') regex.append(".*");
            else if (c == '?') regex.append('.');
            else regex.append(Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString());
    }

    private static String headerValue(ProxyEvents.HttpRequest http, String name) {
        for (Map.Entry<String, List<String>> e : http.headers().entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
                return e.getValue().getLast();
        }
        return null;
    }
}
