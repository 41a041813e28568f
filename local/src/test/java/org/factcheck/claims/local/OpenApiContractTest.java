package org.factcheck.claims.local;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The contract check itself: each kind of defect it claims to catch makes it fail. */
class OpenApiContractTest {
    private static final String UNAVAILABLE =
            "{\"type\":\"https://factcheck.example/problems/unavailable\",\"title\":\"Service Unavailable\","
                    + "\"status\":503,\"detail\":\"retry\"}";
    private static final String KEYS =
            "{\"items\":[{\"keyId\":\"01ARZ3NDEKTSV4RRFFQ69G5FAV\",\"owner\":\"o\",\"role\":\"reader\","
                    + "\"createdAt\":\"%s\",\"expiresAt\":null,\"revoked\":false,\"revokedAt\":null}],\"nextCursor\":null}";

    private static Map<String, String> headers(String... pairs) {
        Map<String, String> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 0; i < pairs.length; i += 2) out.put(pairs[i], pairs[i + 1]);
        return out;
    }

    @Test
    void aConformingResponsePasses() {
        assertDoesNotThrow(() -> OpenApiContract.check(
                "GET",
                "/claims/{claimId}",
                503,
                headers("Content-Type", "application/problem+json", "retry-after", "1"),
                UNAVAILABLE));
        assertDoesNotThrow(() -> OpenApiContract.check(
                "GET",
                "/keys",
                200,
                headers("Content-Type", "application/json", "Cache-Control", "no-cache"),
                KEYS.formatted("2026-11-29T12:00:00.000Z")));
    }

    @Test
    void aMissingRequiredHeaderFails() {
        AssertionError e = assertThrows(
                AssertionError.class,
                () -> OpenApiContract.check(
                        "GET",
                        "/claims/{claimId}",
                        503,
                        headers("Content-Type", "application/problem+json"),
                        UNAVAILABLE));
        assertTrue(e.getMessage().contains("Retry-After"), e.getMessage());
    }

    @Test
    void aHeaderValueOutsideItsSchemaFails() {
        AssertionError e = assertThrows(
                AssertionError.class,
                () -> OpenApiContract.check(
                        "GET",
                        "/claims/{claimId}",
                        503,
                        headers("Content-Type", "application/problem+json", "Retry-After", "soon"),
                        UNAVAILABLE));
        assertTrue(e.getMessage().contains("Retry-After"), e.getMessage());
        assertThrows(
                AssertionError.class,
                () -> OpenApiContract.check(
                        "GET",
                        "/claims/{claimId}",
                        503,
                        headers("Content-Type", "application/problem+json", "Retry-After", "0"),
                        UNAVAILABLE));
        assertThrows(
                AssertionError.class,
                () -> OpenApiContract.check(
                        "POST",
                        "/claims",
                        401,
                        headers("Content-Type", "application/problem+json", "WWW-Authenticate", "Basic"),
                        UNAVAILABLE.replace("unavailable", "unauthorized").replace("503", "401")));
    }

    @Test
    void aHeaderSentWhereItIsNotDeclaredFails() {
        AssertionError e = assertThrows(
                AssertionError.class,
                () -> OpenApiContract.check(
                        "GET",
                        "/keys",
                        200,
                        headers("Content-Type", "application/json", "Cache-Control", "no-cache", "Retry-After", "1"),
                        KEYS.formatted("2026-11-29T12:00:00.000Z")));
        assertTrue(e.getMessage().contains("Retry-After"), e.getMessage());
    }

    @Test
    void aDateTimeThatIsNotOneFails() {
        AssertionError e = assertThrows(
                AssertionError.class,
                () -> OpenApiContract.check(
                        "GET",
                        "/keys",
                        200,
                        headers("Content-Type", "application/json", "Cache-Control", "no-cache"),
                        KEYS.formatted("not a date")));
        assertTrue(e.getMessage().contains("createdAt"), e.getMessage());
    }

    @Test
    void anUndocumentedStatusOrBodyFails() {
        assertThrows(
                AssertionError.class,
                () -> OpenApiContract.check("GET", "/keys", 418, headers("Content-Type", "application/json"), "{}"));
        assertThrows(
                AssertionError.class,
                () -> OpenApiContract.check(
                        "GET", "/keys", 200, headers("Content-Type", "application/json"), "{\"items\":[]}"));
    }
}
