package org.factcheck.claims.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClaimInputTest {

    private static Map<String, Object> validBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("statement", "  Putin has clearly committed war crimes. ");
        body.put("speaker", Map.of("name", "Joe Biden", "wikidataId", "Q6279"));
        body.put(
                "appearances",
                List.of(
                        Map.of("outlet", "NBC News", "url", "https://www.nbcnews.com/x"),
                        Map.of("outlet", "nbc news", "url", "https://www.nbcnews.com/x")));
        return body;
    }

    private static NewClaim read(Object body) {
        JsonReader in = new JsonReader();
        NewClaim claim = ClaimInput.claim(body, "", in);
        in.throwIfInvalid();
        return claim;
    }

    @Test
    void readsAValidClaimWithDefaults() {
        NewClaim claim = read(validBody());
        assertEquals("Putin has clearly committed war crimes.", claim.statement());
        assertEquals("en", claim.language());
        assertEquals(List.of(), claim.topics());
        assertEquals(1, claim.appearances().size(), "the same outlet and url twice is one appearance");
    }

    @Test
    void reportsEveryErrorWithItsPointer() {
        Map<String, Object> body = validBody();
        body.put("statement", "");
        body.put("speaker", Map.of("name", "Joe Biden", "wikidataId", "6279"));
        body.put("appearances", List.of(Map.of("outlet", "CNN", "url", "ftp://example.com/x")));
        body.put("language", "not a tag!");
        body.put("topics", List.of("ok", 7));
        body.put("claimDate", "26/07/2023");
        body.put("colour", "blue");
        ValidationException e = assertThrows(ValidationException.class, () -> read(body));
        Map<String, String> byPointer = new LinkedHashMap<>();
        e.errors().forEach(err -> byPointer.put(err.pointer(), err.message()));
        assertEquals(
                List.of(
                        "/colour",
                        "/statement",
                        "/speaker/wikidataId",
                        "/appearances/0/url",
                        "/claimDate",
                        "/language",
                        "/topics/1"),
                List.copyOf(byPointer.keySet()));
        assertEquals("unknown field", byPointer.get("/colour"));
    }

    @Test
    void requiresSpeakerAndAtLeastOneAppearance() {
        ValidationException e =
                assertThrows(ValidationException.class, () -> read(Map.of("statement", "x", "appearances", List.of())));
        assertEquals(
                List.of("/speaker", "/appearances"),
                e.errors().stream().map(FieldError::pointer).toList());
    }

    @Test
    void rejectsControlCharactersAndOverlongFields() {
        Map<String, Object> body = validBody();
        body.put("statement", "bad\u0000byte");
        body.put("context", "x".repeat(2001));
        ValidationException e = assertThrows(ValidationException.class, () -> read(body));
        assertEquals(
                List.of("/statement", "/context"),
                e.errors().stream().map(FieldError::pointer).toList());
    }

    @Test
    void rejectsANonObjectBody() {
        ValidationException e = assertThrows(ValidationException.class, () -> read(List.of(1, 2)));
        assertEquals("", e.errors().getFirst().pointer());
    }
}
