package org.factcheck.claims.priming;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.util.Map;
import java.util.function.BiFunction;
import org.factcheck.claims.hashing.Sha256;
import org.factcheck.claims.keys.ApiKeyRecord;
import org.factcheck.claims.keys.Role;
import org.factcheck.claims.store.ApiKeyStore;
import org.factcheck.claims.store.UsagePlans;

/**
 * The priming of the key functions and the authorizer, as {@link ClaimPriming} does it
 * for claims: the route's event through a second instance of the handler over
 * {@link SampleKeys}, which reads DynamoDB for real and answers a sample key record for
 * the key id the events name (the authorizer's event presents that key, so it allows).
 * DynamoDB's writes are sent bound to fail; API Gateway's (usage keys) are stopped before sending.
 */
public final class KeyPriming {
    private KeyPriming() {}

    public static Priming register(
            String function,
            ApiKeyStore keys,
            UsagePlans usagePlans,
            BiFunction<ApiKeyStore, UsagePlans, RequestStreamHandler> handler,
            String event) {
        return PrimingRequests.register(
                function,
                () -> handler.apply(new SampleKeys(keys, sample()), new SampleKeys.Plans(usagePlans)),
                event,
                KeyPriming::expectSuccess);
    }

    /** The authorizer answers a policy (an Allow for the sample key), an API function an HTTP response. */
    private static void expectSuccess(Map<String, Object> response) {
        if (!response.containsKey("policyDocument")) PrimingRequests.expectSuccess(response);
        else if (!"Allow".equals(effect(response))) {
            throw new IllegalStateException("priming expected an Allow, the authorizer answered " + response);
        }
    }

    /** The key the authorizer's event presents, as a reader's record with a usage key to remove. */
    @SuppressWarnings("unchecked")
    static ApiKeyRecord sample() {
        Map<String, Object> headers = (Map<String, Object>)
                PrimingRequests.parsed("authorizer-request.json").get("headers");
        // "Bearer fck_<key id: 26>_<secret>", as auth/ApiKeys reads it.
        String key = headers.get("Authorization").toString().substring("Bearer fck_".length());
        String keyId = key.substring(0, 26);
        String secret = key.substring(27);
        return new ApiKeyRecord(
                keyId,
                Sha256.hex(secret),
                "priming",
                Role.READER,
                "2023-07-27T12:00:00Z",
                null,
                false,
                null,
                "priming-usage-key",
                null);
    }

    @SuppressWarnings("unchecked")
    private static Object effect(Map<String, Object> policy) {
        Object document = policy.get("policyDocument");
        if (!(document instanceof Map<?, ?> d) || !(d.get("Statement") instanceof java.util.List<?> statements))
            return null;
        return statements.isEmpty() ? null : ((Map<String, Object>) statements.getFirst()).get("Effect");
    }
}
