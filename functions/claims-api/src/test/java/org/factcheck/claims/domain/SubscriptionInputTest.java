package org.factcheck.claims.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.factcheck.claims.json.Json;
import org.junit.jupiter.api.Test;

/** POST and PATCH bodies of /subscriptions: every problem at its JSON Pointer. */
class SubscriptionInputTest {
    private static final String A = "01ARZ3NDEKTSV4RRFFQ69G5FAV";

    private static NewSubscription read(String json) {
        JsonReader in = new JsonReader();
        NewSubscription s = SubscriptionInput.read(Json.parse(json), in, false);
        in.throwIfInvalid();
        return s;
    }

    /** The errors, pointer → message. */
    private static Map<String, String> errors(String json) {
        ValidationException e = assertThrows(ValidationException.class, () -> read(json));
        return e.errors().stream().collect(Collectors.toMap(FieldError::pointer, FieldError::message, (a, b) -> a));
    }

    private static Map<String, String> patchErrors(String json) {
        JsonReader in = new JsonReader();
        SubscriptionInput.readPatch(Json.parse(json), in);
        ValidationException e = assertThrows(ValidationException.class, in::throwIfInvalid);
        return e.errors().stream().collect(Collectors.toMap(FieldError::pointer, FieldError::message, (a, b) -> a));
    }

    @Test
    void aFullBodyReads() {
        NewSubscription s = read("""
                {"url": "https://hooks.example.com/x", "events": ["verdict.published", "claim.retracted"],
                 "filter": {"claimIds": ["%s"], "speakers": ["Joe Biden"], "outlets": ["AP"],
                            "statuses": ["RATED"], "ratings": ["FALSE", "MISLEADING"]},
                 "description": "  Desk alerts  "}""".formatted(A));
        assertEquals("https://hooks.example.com/x", s.url());
        assertEquals(List.of("verdict.published", "claim.retracted"), s.events());
        assertEquals(List.of(A), s.filter().claimIds());
        assertEquals(List.of(Rating.FALSE, Rating.MISLEADING), s.filter().ratings());
        assertEquals(List.of(ClaimStatus.RATED), s.filter().statuses());
        assertEquals("Desk alerts", s.description());
    }

    @Test
    void noFilterOrANullOrEmptyOneMatchesEverything() {
        String base = "{\"url\": \"https://h.example/\", \"events\": [\"claim.created\"]";
        assertEquals(SubscriptionFilter.ALL, read(base + "}").filter());
        assertEquals(SubscriptionFilter.ALL, read(base + ", \"filter\": null}").filter());
        assertEquals(SubscriptionFilter.ALL, read(base + ", \"filter\": {}}").filter());
        assertNull(read(base + "}").description());
    }

    @Test
    void everyFieldErrorHasItsPointer() {
        Map<String, String> e = errors("""
                {"url": "http://h.example/", "events": ["claim.created", "claim.deleted", "claim.created", 7],
                 "filter": {"claimIds": ["nope", "%1$s", "%1$s"], "speakers": ["Joe", " joe ", ""],
                            "outlets": [], "statuses": ["DONE"], "ratings": ["FALSE", "FALSE"], "topics": []},
                 "description": "", "secret": "mine"}""".formatted(A));
        assertEquals("must be an absolute https URL", e.get("/url"));
        assertTrue(e.get("/events/1").startsWith("must be one of [claim.created"), e.toString());
        assertEquals("repeats an earlier value", e.get("/events/2"));
        assertTrue(e.containsKey("/events/3"));
        assertEquals("must be a claim id (a ULID)", e.get("/filter/claimIds/0"));
        assertEquals("repeats an earlier value", e.get("/filter/claimIds/2"));
        assertTrue(e.get("/filter/speakers/1").startsWith("repeats an earlier value"));
        assertEquals("must not be blank", e.get("/filter/speakers/2"));
        assertEquals("must have at least 1 item(s)", e.get("/filter/outlets"));
        assertTrue(e.get("/filter/statuses/0").startsWith("must be one of [UNVERIFIED"));
        assertEquals("repeats an earlier value", e.get("/filter/ratings/1"));
        assertEquals("unknown field", e.get("/filter/topics"));
        assertEquals("must not be blank", e.get("/description"));
        assertEquals("unknown field", e.get("/secret"));
    }

    @Test
    void requiredFieldsAndTypes() {
        Map<String, String> e = errors("{\"filter\": [], \"description\": 5}");
        assertEquals("is required", e.get("/url"));
        assertEquals("is required", e.get("/events"));
        assertEquals("must be a JSON object", e.get("/filter"));
        assertEquals("must be a string", e.get("/description"));
        assertEquals("must be a JSON object", errors("[]").get(""));
        assertEquals(
                "must have at least 1 item(s)",
                errors("{\"url\": \"https://h.example/\", \"events\": []}").get("/events"));
    }

    @Test
    void sizesAreLimited() {
        String ids = java.util.stream.IntStream.range(0, 21)
                .mapToObj(i -> "\"" + Ulid.next(1_700_000_000_000L + i) + "\"")
                .collect(Collectors.joining(","));
        String names = java.util.stream.IntStream.range(0, 21)
                .mapToObj(i -> "\"n" + i + "\"")
                .collect(Collectors.joining(","));
        Map<String, String> e = errors("""
                {"url": "https://h.example/%s", "events": ["claim.created"],
                 "filter": {"claimIds": [%s], "speakers": [%s], "outlets": ["%s"]}, "description": "%s"}""".formatted("p".repeat(2000), ids, names, "o".repeat(201), "d".repeat(501)));
        assertEquals("must have at most 2000 characters", e.get("/url"));
        assertEquals("must have at most 20 items", e.get("/filter/claimIds"));
        assertEquals("must have at most 20 items", e.get("/filter/speakers"));
        assertEquals("must have at most 200 characters", e.get("/filter/outlets/0"));
        assertEquals("must have at most 500 characters", e.get("/description"));
        assertEquals(
                "must have at most 6 items",
                errors(
                                "{\"url\": \"https://h.example/\", \"events\": [\"claim.created\",\"claim.created\",\"claim.created\","
                                        + "\"claim.created\",\"claim.created\",\"claim.created\",\"claim.created\"]}")
                        .get("/events"));
    }

    @Test
    void namesThatGrowPastAKeyOnceNormalizedAreRefused() {
        Map<String, String> e = errors(
                "{\"url\": \"https://h.example/\", \"events\": [\"claim.created\"], \"filter\": {\"speakers\": [\""
                        + "\uFDFA".repeat(200) + "\"]}}");
        assertEquals(SubscriptionInput.MATCH_NAME_RULE, e.get("/filter/speakers/0"));
        // 61 × U+FDFA is 61 × 33 = 2013 bytes normalized: fits a claim index key, not a match entry key.
        Map<String, String> justOver = errors(
                "{\"url\": \"https://h.example/\", \"events\": [\"claim.created\"], \"filter\": {\"outlets\": [\""
                        + "\uFDFA".repeat(61) + "\"]}}");
        assertEquals(SubscriptionInput.MATCH_NAME_RULE, justOver.get("/filter/outlets/0"));
        assertTrue(KeySizes.fitsNameKey("\uFDFA".repeat(61)));
    }

    @Test
    void urlRulesThatNeedNoDnsAreValidationErrors() {
        String body = "{\"url\": \"%s\", \"events\": [\"claim.created\"]}";
        assertEquals(
                "must not contain user information (user@host)",
                errors(body.formatted("https://a@h.example/")).get("/url"));
        assertEquals(
                "must not contain a fragment (#...)",
                errors(body.formatted("https://h.example/#top")).get("/url"));
        assertEquals(
                "must be an absolute https URL",
                errors(body.formatted("ftp://h.example/")).get("/url"));
        JsonReader in = new JsonReader();
        SubscriptionInput.read(Json.parse(body.formatted("http://127.0.0.1:9000/hook")), in, true);
        assertFalse(in.hasErrors(), "http is fine locally (the address is checked after DNS)");
    }

    @Test
    void patchReadsAndApplies() {
        JsonReader in = new JsonReader();
        SubscriptionInput.Patch patch = SubscriptionInput.readPatch(
                Json.parse("{\"status\": \"ACTIVE\", \"description\": null, \"filter\": {\"ratings\": [\"FALSE\"]}}"),
                in);
        in.throwIfInvalid();
        Subscription paused = new Subscription(
                A,
                "k",
                "https://h.example/",
                List.of("claim.created"),
                SubscriptionFilter.ALL,
                "old",
                SubscriptionStatus.PAUSED,
                "failing for 24 hours",
                "t0",
                "t0",
                null,
                null,
                "t1",
                "HTTP 500",
                31,
                4);
        Subscription resumed = patch.applyTo(paused, "t2");
        assertEquals(SubscriptionStatus.ACTIVE, resumed.status());
        assertNull(resumed.pausedReason());
        assertEquals(0, resumed.consecutiveFailures());
        assertNull(resumed.description());
        assertEquals(List.of(Rating.FALSE), resumed.filter().ratings());
        assertEquals(List.of("claim.created"), resumed.events());
        assertEquals(5, resumed.version());
        assertEquals("t2", resumed.updatedAt());

        Subscription pausedByOwner = SubscriptionInput.readPatch(
                        Json.parse("{\"status\": \"PAUSED\"}"), new JsonReader())
                .applyTo(resumed, "t3");
        assertEquals("paused by its owner", pausedByOwner.pausedReason());
    }

    @Test
    void patchErrors() {
        assertTrue(patchErrors("{}").get("").startsWith("must change at least one of"));
        Map<String, String> e = patchErrors("{\"status\": \"GONE\", \"url\": \"https://x.example/\", \"events\": []}");
        assertEquals("must be one of [ACTIVE, PAUSED]", e.get("/status"));
        assertEquals("unknown field", e.get("/url"));
        assertEquals("must have at least 1 item(s)", e.get("/events"));
    }
}
