package org.factcheck.claims.local;

import static org.factcheck.claims.local.Samples.article;
import static org.factcheck.claims.local.Samples.articleClaim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** POST /articles: all or nothing, linking claims that exist. */
class ArticlesIT {
    private final HandlerClient api = new HandlerClient();

    private HandlerClient.Response importArticle(String url, String outlet, List<String> claims) throws Exception {
        return api.postJson("/articles", article(url, outlet, claims));
    }

    /** The claim is not in the store: posting it on its own creates it. */
    private void assertNotStored(String speaker, String statement, String why) throws Exception {
        assertEquals(
                201,
                api.postJson("/claims", Samples.claim(speaker, statement, "CNN"))
                        .status(),
                why);
    }

    @Test
    @SuppressWarnings("unchecked")
    void importsEveryClaimWithTheArticleAsAppearance() throws Exception {
        String speaker = Samples.uniqueName("Speaker");
        List<String> claims = List.of(
                articleClaim(speaker, Samples.uniqueStatement()), articleClaim(speaker, Samples.uniqueStatement()));
        HandlerClient.Response imported = importArticle("https://news.example/a1", "CNN", claims);
        assertEquals(201, imported.status(), imported.body());
        List<Map<String, Object>> results =
                (List<Map<String, Object>>) imported.json().get("claims");
        assertEquals(
                List.of("created", "created"),
                results.stream().map(r -> r.get("result")).toList());
        Map<String, Object> stored =
                api.get("/claims/" + results.getFirst().get("id"), Map.of()).json();
        List<Map<String, Object>> appearances = (List<Map<String, Object>>) stored.get("appearances");
        assertEquals("CNN", appearances.getFirst().get("outlet"));
        assertEquals("https://news.example/a1", appearances.getFirst().get("url"));
        assertEquals("2023-07-26T22:00:00.000Z", appearances.getFirst().get("publishedAt"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void linksClaimsThatAlreadyExist() throws Exception {
        Samples.LinkingArticle linking =
                Samples.linkingArticle(api, "https://news.example/a2", "The New York Times", String::toUpperCase);
        String existingId = linking.existingId();
        String body = linking.body();
        HandlerClient.Response imported = api.postJson("/articles", body);
        assertEquals(201, imported.status(), imported.body());
        List<Map<String, Object>> results =
                (List<Map<String, Object>>) imported.json().get("claims");
        assertEquals(Map.of("index", 0, "id", existingId, "result", "linked"), results.get(0));
        assertEquals("created", results.get(1).get("result"));
        Map<String, Object> linked = api.get("/claims/" + existingId, Map.of()).json();
        assertEquals(
                List.of("NBC News", "The New York Times"),
                ((List<Map<String, Object>>) linked.get("appearances"))
                        .stream().map(a -> a.get("outlet")).toList());
        assertEquals(2, linked.get("version"));

        HandlerClient.Response again = api.postJson("/articles", body);
        assertEquals(200, again.status(), "nothing new: every claim is linked");
        assertTrue(((List<Map<String, Object>>) again.json().get("claims"))
                .stream().allMatch(r -> r.get("result").equals("linked")));
        assertEquals(
                2, api.get("/claims/" + existingId, Map.of()).json().get("version"), "linking twice changes nothing");
    }

    /** A second claim that the article may not have, given the first one's speaker and statement. */
    static Stream<Arguments> refusedSecondClaims() {
        BiFunction<String, String, String> invalid =
                (speaker, statement) -> "{\"statement\":\"\",\"speaker\":{\"name\":\"x\"}}";
        BiFunction<String, String, String> sameAgain =
                (speaker, statement) -> articleClaim(speaker, " " + statement.toLowerCase());
        return Stream.of(
                Arguments.of(Named.of("an invalid claim", invalid), "/claims/1/statement"),
                Arguments.of(Named.of("the first claim again", sameAgain), "repeats /claims/0"));
    }

    @ParameterizedTest
    @MethodSource("refusedSecondClaims")
    void storesNothingWhenOneClaimIsRefused(BiFunction<String, String, String> second, String problem)
            throws Exception {
        String speaker = Samples.uniqueName("Speaker");
        String good = Samples.uniqueStatement();
        HandlerClient.Response rejected = importArticle(
                "https://news.example/a3", "CNN", List.of(articleClaim(speaker, good), second.apply(speaker, good)));
        assertEquals(400, rejected.status());
        assertTrue(rejected.body().contains(problem), rejected.body());
        assertNotStored(speaker, good, "the valid claim was not stored");
    }

    @Test
    void storesNothingWhenAClaimMatchesARetractedOne() throws Exception {
        String speaker = Samples.uniqueName("Speaker");
        String retractedStatement = Samples.uniqueStatement();
        String id = (String)
                api.create(Samples.claim(speaker, retractedStatement, "CNN")).get("id");
        api.json(
                "PATCH",
                "/claims/" + id,
                "{\"status\":\"RETRACTED\",\"reason\":\"Duplicate entry.\"}",
                Map.of("If-Match", api.etag(id)));
        String fresh = Samples.uniqueStatement();
        HandlerClient.Response refused = importArticle(
                "https://news.example/a5",
                "CNN",
                List.of(articleClaim(speaker, fresh), articleClaim(speaker, retractedStatement)));
        assertEquals(409, refused.status(), refused.body());
        assertTrue(refused.body().contains("/claims/1"), refused.body());
        assertNotStored(speaker, fresh, "nothing was stored");
    }

    @Test
    void acceptsTheDocumentedMaximumAndRefusesMore() throws Exception {
        String speaker = Samples.uniqueName("Speaker");
        List<String> claims = new ArrayList<>();
        for (int i = 0; i < 24; i++) claims.add(articleClaim(speaker, Samples.uniqueStatement()));
        HandlerClient.Response imported = api.json(
                "POST",
                "/articles",
                article("https://news.example/a6", "CNN", claims),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertEquals(201, imported.status(), imported.body());
        claims.add(articleClaim(speaker, Samples.uniqueStatement()));
        assertEquals(
                400, importArticle("https://news.example/a7", "CNN", claims).status());
    }

    @Test
    void refusesAnImportTooBigForOneTransaction() throws Exception {
        String speaker = Samples.uniqueName("Speaker");
        List<String> claims = new ArrayList<>();
        StringBuilder extra = new StringBuilder();
        for (int i = 0; i < 4; i++)
            extra.append(i == 0 ? "" : ",")
                    .append("{\"outlet\":\"Outlet ")
                    .append(i)
                    .append("\"}");
        for (int i = 0; i < 20; i++) {
            claims.add("{\"statement\":\"%s\",\"speaker\":{\"name\":\"%s\"},\"appearances\":[%s]}"
                    .formatted(Samples.uniqueStatement(), speaker, extra));
        }
        HandlerClient.Response refused = importArticle("https://news.example/a8", "CNN", claims);
        assertEquals(400, refused.status());
        assertTrue(refused.body().contains("one transaction"), refused.body());
    }

    /**
     * At the limit: 9 new claims of 8 appearances each cost 9 × (claim, marker, event, 8
     * index entries) = 99 writes, with the feed's day marker 100; one appearance more is 101.
     */
    @Test
    void countsEventsAndTheFeedMarkerAtTheLimit() throws Exception {
        String speaker = Samples.uniqueName("Speaker");
        List<String> claims = new ArrayList<>();
        for (int i = 0; i < 9; i++) claims.add(claimWithOutlets(speaker, i == 0 ? 8 : 7));
        HandlerClient.Response refused = api.postJson("/articles", article("https://news.example/a9", "CNN", claims));
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("needs 101 writes"), refused.body());
        claims.set(0, claimWithOutlets(speaker, 7));
        HandlerClient.Response imported = api.postJson("/articles", article("https://news.example/a9", "CNN", claims));
        assertEquals(201, imported.status(), imported.body());
    }

    /** A claim with {@code extra} outlets besides the article's own. */
    private static String claimWithOutlets(String speaker, int extra) {
        StringBuilder outlets = new StringBuilder();
        for (int i = 0; i < extra; i++)
            outlets.append(i == 0 ? "" : ",")
                    .append("{\"outlet\":\"Outlet ")
                    .append(i)
                    .append("\"}");
        return "{\"statement\":\"%s\",\"speaker\":{\"name\":\"%s\"},\"appearances\":[%s]}"
                .formatted(Samples.uniqueStatement(), speaker, outlets);
    }
}
