package org.factcheck.claims.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two reports by one outlet (different urls) in one request share the outlet's index
 * entry; the transaction writes it once (it once failed with a 500: "multiple operations
 * on one item").
 */
class SameOutletIT {
    private final HandlerClient api = new HandlerClient();

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> listedBy(String outlet) throws Exception {
        return (List<Map<String, Object>>)
                api.get("/claims?outlet=" + URLEncoder.encode(outlet, StandardCharsets.UTF_8), Map.of())
                        .json()
                        .get("items");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aClaimWithTwoReportsByOneOutlet() throws Exception {
        String outlet = Samples.uniqueName("Outlet");
        HandlerClient.Response created =
                api.postJson("/claims", """
                {"statement": "%s", "speaker": {"name": "Joe Biden"},
                 "appearances": [{"outlet": "%s", "url": "https://news.example/1"}, {"outlet": "%s"}]}
                """.formatted(Samples.uniqueStatement(), outlet, outlet.toUpperCase()));
        assertEquals(201, created.status(), created.body());
        assertEquals(2, ((List<Object>) created.json().get("appearances")).size());
        assertEquals(
                List.of(created.json().get("id")),
                listedBy(outlet).stream().map(c -> c.get("id")).toList());
    }

    @Test
    void anArticleWhoseClaimNamesTheArticlesOutletAgain() throws Exception {
        String outlet = Samples.uniqueName("Outlet");
        HandlerClient.Response imported =
                api.postJson("/articles", """
                {"url": "https://news.example/article", "outlet": "%s", "claims": [
                  {"statement": "%s", "speaker": {"name": "The Pentagon", "type": "Organization"},
                   "appearances": [{"outlet": "%s"}]}]}
                """.formatted(outlet, Samples.uniqueStatement(), outlet));
        assertEquals(201, imported.status(), imported.body());
        assertEquals(1, listedBy(outlet).size());
    }
}
