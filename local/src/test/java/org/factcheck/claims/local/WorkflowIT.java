package org.factcheck.claims.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** PATCH, verdicts, their history and the ClaimReview export, through the handlers against the emulator. */
class WorkflowIT {
    private final HandlerClient api = new HandlerClient();

    private String newClaim() throws Exception {
        return (String) api.create(Samples.claim(Samples.uniqueStatement())).get("id");
    }

    private HandlerClient.Response patch(String id, String body, String etag) throws Exception {
        return api.json("PATCH", "/claims/" + id, body, etag == null ? Map.of() : Map.of("If-Match", etag));
    }

    private HandlerClient.Response verdict(String id, String rating, String etag) throws Exception {
        return api.json(
                "POST",
                "/claims/" + id + "/verdicts",
                Samples.verdict(rating),
                etag == null ? Map.of() : Map.of("If-Match", etag));
    }

    @Test
    void movesThroughReviewAndBack() throws Exception {
        String id = newClaim();
        HandlerClient.Response review = patch(id, "{\"status\":\"IN_REVIEW\"}", api.etag(id));
        assertEquals(200, review.status(), review.body());
        assertEquals("IN_REVIEW", review.json().get("status"));
        assertEquals(2, review.json().get("version"));
        assertEquals("\"" + id + ".2\"", review.header("ETag"));
        HandlerClient.Response back = patch(id, "{\"status\":\"UNVERIFIED\"}", review.header("ETag"));
        assertEquals("UNVERIFIED", back.json().get("status"));
        assertEquals(3, back.json().get("version"));
    }

    @Test
    void editsContextTopicsAndClaimDate() throws Exception {
        String id = newClaim();
        HandlerClient.Response edited = patch(
                id,
                "{\"context\":\"Said at a press briefing.\",\"topics\":[\"ICC\"],\"claimDate\":null}",
                api.etag(id));
        assertEquals(200, edited.status(), edited.body());
        assertEquals("Said at a press briefing.", edited.json().get("context"));
        assertEquals(List.of("ICC"), edited.json().get("topics"));
        assertNull(edited.json().get("claimDate"));
        assertEquals(edited.json(), api.get("/claims/" + id, Map.of()).json());
    }

    @Test
    void requiresACurrentIfMatch() throws Exception {
        String id = newClaim();
        String first = api.etag(id);
        assertEquals(428, patch(id, "{\"status\":\"IN_REVIEW\"}", null).status());
        assertEquals(200, patch(id, "{\"status\":\"IN_REVIEW\"}", first).status());
        HandlerClient.Response stale = patch(id, "{\"status\":\"UNVERIFIED\"}", first);
        assertEquals(412, stale.status());
        assertEquals(api.etag(id), stale.json().get("currentETag"));
        assertEquals(
                412,
                patch(id, "{\"status\":\"UNVERIFIED\"}", "W/" + api.etag(id)).status(),
                "weak tags never match");
        assertEquals(428, patch(id, "{\"status\":\"UNVERIFIED\"}", "*").status(), "* would be a blind overwrite");
        assertEquals(428, verdict(id, "FALSE", null).status());
        assertEquals(412, verdict(id, "FALSE", first).status());
        assertEquals(
                404,
                patch("01ARZ3NDEKTSV4RRFFQ69G5FAV", "{\"status\":\"IN_REVIEW\"}", "*")
                        .status());
    }

    @Test
    void refusesTransitionsTheWorkflowForbids() throws Exception {
        String id = newClaim();
        HandlerClient.Response rated = patch(id, "{\"status\":\"RATED\"}", api.etag(id));
        assertEquals(409, rated.status(), "only a verdict rates a claim");
        HandlerClient.Response retracted =
                patch(id, "{\"status\":\"RETRACTED\",\"reason\":\"Misattributed quote.\"}", api.etag(id));
        assertEquals(200, retracted.status(), retracted.body());
        @SuppressWarnings("unchecked")
        Map<String, Object> retraction = (Map<String, Object>) retracted.json().get("retraction");
        assertEquals("Misattributed quote.", retraction.get("reason"));
        assertEquals(HandlerClient.PRINCIPAL, retraction.get("by"));
        assertEquals(409, patch(id, "{\"status\":\"IN_REVIEW\"}", api.etag(id)).status(), "RETRACTED is terminal");
        assertEquals(409, patch(id, "{\"context\":\"late edit\"}", api.etag(id)).status());
        assertEquals(409, verdict(id, "FALSE", api.etag(id)).status(), "no verdict on a retracted claim");
    }

    @Test
    void validatesPatchBodies() throws Exception {
        String id = newClaim();
        String etag = api.etag(id);
        assertEquals(400, patch(id, "{}", etag).status());
        assertEquals(400, patch(id, "{\"status\":\"RETRACTED\"}", etag).status(), "a retraction needs a reason");
        assertEquals(400, patch(id, "{\"reason\":\"why\"}", etag).status());
        assertEquals(400, patch(id, "{\"status\":\"DONE\"}", etag).status());
        assertEquals(400, patch(id, "{\"statement\":\"rewritten\"}", etag).status(), "the statement cannot be edited");
        assertEquals(etag, api.etag(id), "nothing changed");
    }

    @Test
    @SuppressWarnings("unchecked")
    void publishesVerdictsAndKeepsTheirHistory() throws Exception {
        String id = newClaim();
        assertEquals(409, verdict(id, "FALSE", api.etag(id)).status(), "an UNVERIFIED claim is reviewed first");
        HandlerClient.Response first = verdict(id, "MOSTLY_FALSE", api.review(id));
        assertEquals(201, first.status(), first.body());
        assertEquals(1, first.json().get("revision"));
        assertEquals(HandlerClient.PRINCIPAL, first.json().get("reviewer"));
        assertEquals("\"" + id + ".3\"", first.header("ETag"), "the claim's new ETag");
        Map<String, Object> claim = api.get("/claims/" + id, Map.of()).json();
        assertEquals("RATED", claim.get("status"));
        assertEquals(first.json(), claim.get("verdict"));

        HandlerClient.Response second = verdict(id, "FALSE", first.header("ETag"));
        assertEquals(201, second.status(), second.body());
        assertEquals(2, second.json().get("revision"));
        assertEquals(
                "FALSE",
                ((Map<String, Object>) api.get("/claims/" + id, Map.of()).json().get("verdict")).get("rating"));

        HandlerClient.Response third = verdict(id, "MISLEADING", second.header("ETag"));
        HandlerClient.Response page1 = api.get("/claims/" + id + "/verdicts?limit=2", Map.of());
        assertEquals(200, page1.status());
        List<Map<String, Object>> items =
                (List<Map<String, Object>>) page1.json().get("items");
        assertEquals(List.of(3, 2), items.stream().map(v -> v.get("revision")).toList(), "newest first");
        String cursor = (String) page1.json().get("nextCursor");
        HandlerClient.Response page2 = api.get("/claims/" + id + "/verdicts?limit=2&cursor=" + cursor, Map.of());
        List<Map<String, Object>> rest =
                (List<Map<String, Object>>) page2.json().get("items");
        assertEquals(List.of(1), rest.stream().map(v -> v.get("revision")).toList());
        assertNull(page2.json().get("nextCursor"));
        assertEquals(third.json(), items.getFirst());
    }

    @Test
    void verdictHistoryOfAnUnratedClaimIsEmptyAndOfNoClaim404() throws Exception {
        String id = newClaim();
        HandlerClient.Response empty = api.get("/claims/" + id + "/verdicts", Map.of());
        assertEquals(200, empty.status());
        assertEquals(List.of(), empty.json().get("items"));
        assertNull(empty.json().get("nextCursor"));
        assertEquals(
                404,
                api.get("/claims/01ARZ3NDEKTSV4RRFFQ69G5FAV/verdicts", Map.of()).status());
        assertEquals(
                400,
                api.get("/claims/" + id + "/verdicts?cursor=bm90LWEtY3Vyc29y", Map.of())
                        .status());
        assertEquals(
                400, api.get("/claims/" + id + "/verdicts?limit=0", Map.of()).status());
    }

    @Test
    void validatesVerdicts() throws Exception {
        String id = newClaim();
        HandlerClient.Response bad = api.json(
                "POST",
                "/claims/" + id + "/verdicts",
                "{\"rating\":\"PANTS_ON_FIRE\",\"summary\":\"\",\"evidence\":[{\"url\":\"javascript:alert(1)\"}]}",
                Map.of("If-Match", api.etag(id)));
        assertEquals(400, bad.status());
        @SuppressWarnings("unchecked")
        List<Map<String, String>> errors =
                (List<Map<String, String>>) bad.json().get("errors");
        assertEquals(
                List.of("/rating", "/summary", "/evidence/0/url"),
                errors.stream().map(e -> e.get("pointer")).toList());
    }

    @Test
    @SuppressWarnings("unchecked")
    void exportsTheCurrentVerdictAsClaimReview() throws Exception {
        String id = newClaim();
        HandlerClient.Response unrated = api.get("/claims/" + id + "/claimreview", Map.of());
        assertEquals(404, unrated.status());
        HandlerClient.Response published = verdict(id, "MOSTLY_FALSE", api.review(id));
        HandlerClient.Response review = api.get("/claims/" + id + "/claimreview", Map.of());
        assertEquals(200, review.status(), review.body());
        assertEquals("application/ld+json", review.header("Content-Type"));
        Map<String, Object> json = review.json();
        assertEquals("ClaimReview", json.get("@type"));
        assertEquals(api.get("/claims/" + id, Map.of()).json().get("statement"), json.get("claimReviewed"));
        Map<String, Object> rating = (Map<String, Object>) json.get("reviewRating");
        assertEquals(2, rating.get("ratingValue"));
        assertEquals(5, rating.get("bestRating"));
        assertEquals(1, rating.get("worstRating"));
        assertEquals("Label for MOSTLY_FALSE", rating.get("alternateName"));
        Map<String, Object> item = (Map<String, Object>) json.get("itemReviewed");
        assertEquals("Joe Biden", ((Map<String, Object>) item.get("author")).get("name"));
        assertEquals("https://www.wikidata.org/wiki/Q6279", ((Map<String, Object>) item.get("author")).get("sameAs"));
        assertEquals(
                "NBC News",
                ((Map<String, Object>) ((Map<String, Object>) item.get("firstAppearance")).get("publisher"))
                        .get("name"));
        assertEquals(published.json().get("publishedAt"), json.get("datePublished"));
        assertEquals("Fact-check Claims API", ((Map<String, Object>) json.get("author")).get("name"));
        assertNotEquals(null, json.get("url"));
        assertEquals(
                304,
                api.get("/claims/" + id + "/claimreview", Map.of("If-None-Match", review.header("ETag")))
                        .status());
        api.json(
                "PATCH",
                "/claims/" + id,
                "{\"status\":\"RETRACTED\",\"reason\":\"Wrong speaker.\"}",
                Map.of("If-Match", api.etag(id)));
        assertEquals(
                404,
                api.get("/claims/" + id + "/claimreview", Map.of()).status(),
                "a retracted claim's review is withdrawn");
    }
}
