package org.factcheck.claims.auth;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.factcheck.claims.AppConfig;
import org.factcheck.claims.keys.ApiKeyRecord;
import org.factcheck.claims.lambda.JsonEventHandler;
import org.factcheck.claims.priming.KeyPriming;
import org.factcheck.claims.store.ApiKeyStore;
import org.factcheck.claims.store.UsagePlans;
import org.factcheck.claims.store.dynamodb.DynamoDbApiKeyStore;
import org.factcheck.claims.telemetry.Metrics;
import org.factcheck.claims.telemetry.RequestLog;

/**
 * The Lambda REQUEST authorizer: {@code Authorization: Bearer fck_<keyId>_<secret>} →
 * one GetItem → an IAM policy allowing every route the key's role may call (API
 * Gateway caches it per header value), the principal and role in the context, and the
 * client's usage-plan key. Anything wrong with the key is "Unauthorized" (401); a role
 * without a route is an implicit deny (403). It logs one line per decision: allow or
 * deny and the key id, nothing else about keys.
 */
public final class AuthorizerHandler extends JsonEventHandler {
    /** The message API Gateway turns into a 401. */
    public static final String UNAUTHORIZED = "Unauthorized";

    private final ApiKeyStore keys;
    /**
     * API Gateway keeps an Allow for the authorizer's cache time and a response cannot
     * shorten it, so a key is refused once its expiry is nearer than that: it stops
     * working up to this long early, never late.
     */
    private final long cacheSeconds;

    public AuthorizerHandler() {
        this(DynamoDbApiKeyStore.fromEnvironment(), AppConfig.authorizerCacheSeconds());
        KeyPriming.register(
                "authorizer",
                keys,
                UsagePlans.NONE,
                (k, p) -> new AuthorizerHandler(k, cacheSeconds),
                "authorizer-request.json");
    }

    /** {@code cacheSeconds}: how long API Gateway caches a decision (the template's ReauthorizeEvery). */
    public AuthorizerHandler(ApiKeyStore keys, long cacheSeconds) {
        this.keys = keys;
        this.cacheSeconds = cacheSeconds;
    }

    @Override
    @SuppressWarnings("unchecked")
    protected Map<String, Object> handle(Map<String, Object> event, LambdaLogger logger) {
        String authorization = header((Map<String, Object>) event.get("headers"), "Authorization");
        return logged(logger, authorization, () -> authorize(authorization, (String) event.get("methodArn")));
    }

    /** One line per decision, with the key id when the header held a well-formed key, never the header. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> logged(
            LambdaLogger logger, String authorization, Supplier<Map<String, Object>> decision) {
        try {
            Map<String, Object> policy = decision.get();
            Map<String, Object> ctx = (Map<String, Object>) policy.get("context");
            RequestLog.info(logger, RequestLog.decisionLine(true, (String) ctx.get("keyId"), (String) ctx.get("role")));
            return policy;
        } catch (RuntimeException e) {
            if (!UNAUTHORIZED.equals(e.getMessage())) {
                RequestLog.error(logger, RequestLog.faultLine("authorizer", 500, null, e));
                throw e;
            }
            ApiKeys.Presented presented = ApiKeys.fromAuthorization(authorization);
            RequestLog.info(logger, RequestLog.decisionLine(false, presented == null ? null : presented.keyId(), null));
            Metrics.write(logger, "authorizer", Map.of(Metrics.AUTHORIZER_DENIALS, 1L));
            throw e;
        }
    }

    Map<String, Object> authorize(String authorization, String methodArn) {
        return authorize(authorization, methodArn, Instant.now());
    }

    Map<String, Object> authorize(String authorization, String methodArn, Instant now) {
        ApiKeys.Presented presented = ApiKeys.fromAuthorization(authorization);
        if (presented == null || methodArn == null) throw new IllegalStateException(UNAUTHORIZED);
        Optional<ApiKeyRecord> found = keys.find(presented.keyId());
        if (found.isEmpty()
                || !ApiKeys.matches(presented, found.get().secretHash())
                || !found.get().activeThrough(now, cacheSeconds)
                || found.get().role() == null) {
            throw new IllegalStateException(UNAUTHORIZED);
        }
        ApiKeyRecord key = found.get();

        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("Action", "execute-api:Invoke");
        statement.put("Effect", "Allow");
        statement.put("Resource", RoutePermissions.allowedArns(methodArn, key.role()));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("Version", "2012-10-17");
        document.put("Statement", List.of(statement));

        Map<String, Object> ctx = new LinkedHashMap<>();
        ctx.put("role", key.role().wireName());
        ctx.put("keyId", key.keyId());
        ctx.put("owner", key.owner());

        Map<String, Object> response = new LinkedHashMap<>();
        // The key id is the identity (idempotency, audit); the owner is a label for display.
        response.put("principalId", key.keyId());
        response.put("policyDocument", document);
        response.put("context", ctx);
        if (key.usageKeyValue() != null) response.put("usageIdentifierKey", key.usageKeyValue());
        return response;
    }

    private static String header(Map<String, Object> headers, String name) {
        if (headers == null) return null;
        for (Map.Entry<String, Object> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && e.getValue() instanceof String value) return value;
        }
        return null;
    }
}
