package org.factcheck.claims.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GET /claims: each filter, combinations, pagination and hostile cursors. */
class ListClaimsIT {
    private final HandlerClient api = new HandlerClient();

    private static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> items(String query) throws Exception {
        HandlerClient.Response response = api.get("/claims?" + query, Map.of());
        assertEquals(200, response.status(), response.body());
        return (List<Map<String, Object>>) response.json().get("items");
    }

    /** Every page of a listing, following nextCursor. */
    @SuppressWarnings("unchecked")
    private List<String> allIds(String query) throws Exception {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            HandlerClient.Response page =
                    api.get("/claims?" + query + (cursor == null ? "" : "&cursor=" + cursor), Map.of());
            assertEquals(200, page.status(), page.body());
            ((List<Map<String, Object>>) page.json().get("items")).forEach(c -> ids.add((String) c.get("id")));
            cursor = (String) page.json().get("nextCursor");
        } while (cursor != null);
        return ids;
    }

    private String rate(String id, String rating) throws Exception {
        HandlerClient.Response r = api.json(
                "POST", "/claims/" + id + "/verdicts", Samples.verdict(rating), Map.of("If-Match", api.review(id)));
        assertEquals(201, r.status(), r.body());
        return id;
    }

    @Test
    void listsASpeakersClaimsNewestFirstAndPages() throws Exception {
        String speaker = Samples.uniqueName("Speaker");
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++)
            created.add((String) api.create(Samples.claim(speaker, Samples.uniqueStatement(), "CNN"))
                    .get("id"));
        HandlerClient.Response page = api.get("/claims?limit=2&speaker=" + q(speaker.toUpperCase() + "  "), Map.of());
        assertEquals(2, ((List<?>) page.json().get("items")).size());
        assertTrue(page.json().get("nextCursor") instanceof String);
        assertEquals(created.reversed(), allIds("limit=2&speaker=" + q(speaker)), "newest first, across pages");
    }

    @Test
    void filtersBySpeakerAndRatingTogether() throws Exception {
        String speaker = Samples.uniqueName("Speaker");
        String falseOne = rate(
                (String) api.create(Samples.claim(speaker, Samples.uniqueStatement(), "CNN"))
                        .get("id"),
                "FALSE");
        rate(
                (String) api.create(Samples.claim(speaker, Samples.uniqueStatement(), "CNN"))
                        .get("id"),
                "TRUE");
        api.create(Samples.claim(speaker, Samples.uniqueStatement(), "CNN"));
        assertEquals(List.of(falseOne), allIds("rating=FALSE&speaker=" + q(speaker)));
        assertEquals(3, allIds("speaker=" + q(speaker)).size());
    }

    @Test
    void filtersByOutletAfterNormalization() throws Exception {
        String outlet = Samples.uniqueName("Outlet");
        String id = (String) api.create(Samples.claim(Samples.uniqueName("Speaker"), Samples.uniqueStatement(), outlet))
                .get("id");
        api.json("POST", "/claims/" + id + "/appearances", "{\"outlet\":\"Second Outlet\"}", Map.of());
        assertEquals(List.of(id), allIds("outlet=" + q("  " + outlet.toLowerCase() + ".")));
        String rated = rate(
                (String) api.create(Samples.claim(Samples.uniqueName("Speaker"), Samples.uniqueStatement(), outlet))
                        .get("id"),
                "FALSE");
        assertEquals(List.of(rated), allIds("rating=FALSE&outlet=" + q(outlet)), "outlet and rating");
        assertEquals(List.of(rated, id), allIds("outlet=" + q(outlet)));
    }

    @Test
    void filtersByStatusAndRating() throws Exception {
        String id =
                (String) api.create(Samples.claim(Samples.uniqueStatement())).get("id");
        api.review(id);
        List<Map<String, Object>> inReview = items("status=IN_REVIEW&limit=100");
        assertTrue(inReview.stream().allMatch(c -> c.get("status").equals("IN_REVIEW")));
        assertTrue(inReview.stream().anyMatch(c -> c.get("id").equals(id)), "newest first: ours is on the first page");
        HandlerClient.Response mixedVerdict = api.json(
                "POST", "/claims/" + id + "/verdicts", Samples.verdict("MIXED"), Map.of("If-Match", api.etag(id)));
        assertEquals(201, mixedVerdict.status(), mixedVerdict.body());
        List<Map<String, Object>> mixed = items("rating=MIXED&limit=100");
        assertTrue(mixed.stream().anyMatch(c -> c.get("id").equals(id)));
        assertTrue(
                items("status=IN_REVIEW&limit=100").stream()
                        .noneMatch(c -> c.get("id").equals(id)),
                "it moved on to RATED");
    }

    @Test
    void listsChangesSince() throws Exception {
        String id =
                (String) api.create(Samples.claim(Samples.uniqueStatement())).get("id");
        String updatedAt = (String) api.get("/claims/" + id, Map.of()).json().get("updatedAt");
        List<Map<String, Object>> changed = items("since=" + q(updatedAt) + "&limit=100");
        assertTrue(changed.stream().anyMatch(c -> c.get("id").equals(id)));
        assertTrue(changed.stream().allMatch(c -> ((String) c.get("updatedAt")).compareTo(updatedAt) >= 0));
        assertEquals(List.of(), items("since=2999-01-01T00:00:00Z"));
    }

    @Test
    void listsEverythingNewestFirstByDefault() throws Exception {
        String older =
                (String) api.create(Samples.claim(Samples.uniqueStatement())).get("id");
        String newer =
                (String) api.create(Samples.claim(Samples.uniqueStatement())).get("id");
        List<Map<String, Object>> first = items("");
        assertTrue(first.size() <= 20);
        assertEquals(newer, first.getFirst().get("id"));
        assertEquals(older, first.get(1).get("id"));
    }

    @Test
    void refusesBadParametersAndForgedCursors() throws Exception {
        for (String query : List.of(
                "status=DONE",
                "rating=false",
                "limit=0",
                "limit=101",
                "limit=ten",
                "since=yesterday",
                "speaker=",
                "speaker=%00x",
                "stauts=RATED",
                "status=RATED&status=UNVERIFIED",
                "speaker=" + "x".repeat(201),
                "cursor=%%%",
                "cursor=bm90IGpzb24",
                "cursor=" + cursorOf("{\"pk\":\"CLAIM#x\"}"),
                "cursor="
                        + cursorOf(
                                "{\"kind\":\"CLAIM\",\"pk\":\"CLAIM#01ARZ3NDEKTSV4RRFFQ69G5FAV\",\"sk\":\"CLAIM\",\"feedKey\":\"OTHER\",\"id\":\"x\"}"),
                "speaker=Joe%20Biden&cursor="
                        + cursorOf(
                                "{\"kind\":\"CLAIM\",\"pk\":\"CLAIM#1\",\"sk\":\"CLAIM\",\"speakerKey\":\"someone else\",\"id\":\"1\"}"),
                "cursor="
                        + cursorOf(
                                "{\"kind\":\"CLAIM\",\"pk\":\"CLAIM#1\",\"sk\":{\"S\":\"x\"},\"feedKey\":\"CLAIM\",\"id\":\"1\"}"),
                "speaker=' OR 1=1 --",
                "outlet=<script>")) {
            HandlerClient.Response response = api.get("/claims?" + query, Map.of());
            assertTrue(response.status() == 400 || response.status() == 200, query + " → " + response.status());
            if (!query.startsWith("speaker=' OR") && !query.startsWith("outlet=<")) {
                assertEquals(400, response.status(), query + ": " + response.body());
            }
        }
    }

    @Test
    void aForgedCursorWithTheRightShapeOnlyMovesWithinTheQuery() throws Exception {
        String forged = cursorOf(
                "{\"kind\":\"CLAIM\",\"pk\":\"CLAIM#01ARZ3NDEKTSV4RRFFQ69G5FAV\",\"sk\":\"CLAIM\",\"feedKey\":\"CLAIM\",\"id\":\"01ARZ3NDEKTSV4RRFFQ69G5FAV\"}");
        HandlerClient.Response response = api.get("/claims?cursor=" + forged, Map.of());
        assertEquals(200, response.status(), response.body());
        assertNull(response.json().get("nextCursor"), "nothing is older than the smallest possible id");
    }

    private static String cursorOf(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
