package org.factcheck.claims.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** POST /claims/{claimId}/appearances */
class AppearancesIT {
    private final HandlerClient api = new HandlerClient();

    @Test
    @SuppressWarnings("unchecked")
    void addsAnOutletReportOnceOnly() throws Exception {
        String id =
                (String) api.create(Samples.claim(Samples.uniqueStatement())).get("id");
        String report =
                "{\"outlet\":\"CNN\",\"url\":\"https://edition.cnn.com/x\",\"headline\":\"Evidence to the ICC\"}";
        HandlerClient.Response added = api.postJson("/claims/" + id + "/appearances", report);
        assertEquals(201, added.status(), added.body());
        assertEquals(2, added.json().get("version"));
        assertEquals("\"" + id + ".2\"", added.header("ETag"));
        List<Map<String, Object>> appearances =
                (List<Map<String, Object>>) added.json().get("appearances");
        assertEquals(
                List.of("NBC News", "CNN"),
                appearances.stream().map(a -> a.get("outlet")).toList());

        HandlerClient.Response again = api.postJson(
                "/claims/" + id + "/appearances", "{\"outlet\":\"cnn\",\"url\":\"https://edition.cnn.com/x\"}");
        assertEquals(200, again.status(), "the same outlet and url is a no-op");
        assertEquals(2, again.json().get("version"));
        assertEquals(
                201,
                api.postJson(
                                "/claims/" + id + "/appearances",
                                "{\"outlet\":\"CNN\",\"url\":\"https://edition.cnn.com/other\"}")
                        .status(),
                "another url of the outlet is another report");
    }

    @Test
    void honoursIfMatchWhenGivenAndRefusesMoreThanTwenty() throws Exception {
        String id =
                (String) api.create(Samples.claim(Samples.uniqueStatement())).get("id");
        String stale = api.etag(id);
        api.postJson("/claims/" + id + "/appearances", "{\"outlet\":\"Outlet 1\"}");
        assertEquals(
                412,
                api.json(
                                "POST",
                                "/claims/" + id + "/appearances",
                                "{\"outlet\":\"Outlet 2\"}",
                                Map.of("If-Match", stale))
                        .status());
        for (int i = 2; i <= 19; i++) {
            assertEquals(
                    201,
                    api.postJson("/claims/" + id + "/appearances", "{\"outlet\":\"Outlet " + i + "\"}")
                            .status());
        }
        HandlerClient.Response full = api.postJson("/claims/" + id + "/appearances", "{\"outlet\":\"Outlet 20\"}");
        assertEquals(409, full.status(), full.body());
        assertEquals(
                404,
                api.postJson("/claims/01ARZ3NDEKTSV4RRFFQ69G5FAV/appearances", "{\"outlet\":\"CNN\"}")
                        .status());
        assertEquals(
                400,
                api.postJson("/claims/" + id + "/appearances", "{\"outlet\":\"\",\"url\":\"not a url\"}")
                        .status());
    }
}
