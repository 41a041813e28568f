package org.factcheck.claims.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class JsonReaderTest {

    private static List<FieldError> errorsOf(Consumer<JsonReader> read) {
        JsonReader in = new JsonReader();
        read.accept(in);
        return in.hasErrors()
                ? assertThrows(ValidationException.class, in::throwIfInvalid).errors()
                : List.of();
    }

    @Test
    void textRefusesControlAndBidiCharactersButKeepsNewlinesAndTabs() {
        for (String bad : List.of(
                "a\u0000b", "a\u0007b", "a\u007Fb", "a\u0085b", "a\u202Eb", "a\u202Ab", "a\u2066b", "a\u2069b")) {
            List<FieldError> errors = errorsOf(in -> in.string(Map.of("summary", bad), "summary", "", true, 1, 100));
            assertEquals("/summary", errors.getFirst().pointer(), bad);
        }
        assertEquals(
                List.of(),
                errorsOf(in -> in.string(Map.of("summary", "line\nnext\tcell"), "summary", "", true, 1, 100)));
        assertEquals(
                List.of(),
                errorsOf(in -> in.string(Map.of("summary", "עברית and العربية"), "summary", "", true, 1, 100)));
    }

    @Test
    void urlsAreHttpOrHttpsWithoutUserInformation() {
        for (String bad : List.of(
                "https://good.example@evil.example/",
                "https://user:pass@news.example/",
                "javascript:alert(1)",
                "ftp://news.example/",
                "//news.example/",
                "https:///path")) {
            List<FieldError> errors = errorsOf(in -> in.url(Map.of("url", bad), "url", "/evidence/0", true));
            assertEquals("/evidence/0/url", errors.getFirst().pointer(), bad);
        }
        assertEquals(List.of(), errorsOf(in -> in.url(Map.of("url", "https://news.example/a?b=c#d"), "url", "", true)));
    }

    @Test
    void datesGoThroughTheOneParser() {
        List<FieldError> errors = errorsOf(in -> assertNull(in.timestamp(
                Map.of("publishedAt", "+999999999-12-31T23:59:59-01:00"), "publishedAt", "/appearances/0")));
        assertEquals("/appearances/0/publishedAt", errors.getFirst().pointer());
        assertEquals(Timestamps.DATE_TIME_RULE, errors.getFirst().message());
    }

    @Test
    void namesMustFitAnIndexKeyOnceNormalized() {
        String name = "\uFDFA".repeat(150); // 450 bytes as sent, about 8 KB after NFKC
        Map<String, Object> body = Map.of(
                "statement", "x", "speaker", Map.of("name", name), "appearances", List.of(Map.of("outlet", name)));
        List<FieldError> errors = errorsOf(in -> ClaimInput.claim(body, "", in));
        assertEquals(
                List.of("/speaker/name", "/appearances/0/outlet"),
                errors.stream().map(FieldError::pointer).toList());
        assertEquals(true, KeySizes.fitsNameKey("\uFDFA".repeat(50)));
    }
}
