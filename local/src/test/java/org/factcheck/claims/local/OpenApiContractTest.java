package org.factcheck.claims.local;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The contract check itself: each kind of defect it claims to catch makes it fail. */
class OpenApiContractTest {
    private static final String UNAVAILABLE =
            "{\"type\":\"https://factcheck.example/problems/unavailable\",\"title\":\"Service Unavailable\","
                    + "\"status\":503,\"detail\":\"retry\"}";
    private static final String KEYS =
            "{\"items\":[{\"keyId\":\"01ARZ3NDEKTSV4RRFFQ69G5FAV\",\"owner\":\"o\",\"role\":\"reader\","
                    + "\"createdAt\":\"%s\",\"expiresAt\":null,\"revoked\":false,\"revokedAt\":null}],\"nextCursor\":null}";
    private static final String CREATED_AT = "2026-11-29T12:00:00.000Z";

    private static Map<String, String> headers(String... pairs) {
        Map<String, String> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 0; i < pairs.length; i += 2) out.put(pairs[i], pairs[i + 1]);
        return out;
    }

    /** GET /claims/{claimId} answered 503 (a problem) with these headers. */
    private static Executable unavailable(String... headers) {
        return () -> OpenApiContract.check("GET", "/claims/{claimId}", 503, headers(headers), UNAVAILABLE);
    }

    /** GET /keys answered 200 with one key created at {@code createdAt}, with these headers. */
    private static Executable keys(String createdAt, String... headers) {
        return () -> OpenApiContract.check("GET", "/keys", 200, headers(headers), KEYS.formatted(createdAt));
    }

    /** The check fails, and says what about. */
    private static void assertFailsNaming(String what, Executable check) {
        AssertionError e = assertThrows(AssertionError.class, check);
        assertTrue(e.getMessage().contains(what), e.getMessage());
    }

    @Test
    void aConformingResponsePasses() {
        assertDoesNotThrow(unavailable("Content-Type", "application/problem+json", "retry-after", "1"));
        assertDoesNotThrow(keys(CREATED_AT, "Content-Type", "application/json", "Cache-Control", "no-cache"));
    }

    @Test
    void aMissingRequiredHeaderFails() {
        assertFailsNaming("Retry-After", unavailable("Content-Type", "application/problem+json"));
    }

    @Test
    void aHeaderValueOutsideItsSchemaFails() {
        assertFailsNaming(
                "Retry-After", unavailable("Content-Type", "application/problem+json", "Retry-After", "soon"));
        assertThrows(AssertionError.class, unavailable("Content-Type", "application/problem+json", "Retry-After", "0"));
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
        assertFailsNaming(
                "Retry-After",
                keys(CREATED_AT, "Content-Type", "application/json", "Cache-Control", "no-cache", "Retry-After", "1"));
    }

    @Test
    void aDateTimeThatIsNotOneFails() {
        assertFailsNaming(
                "createdAt", keys("not a date", "Content-Type", "application/json", "Cache-Control", "no-cache"));
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
