package org.factcheck.claims.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.factcheck.claims.store.ClaimQuery;
import org.factcheck.claims.testing.Events.Response;
import org.junit.jupiter.api.Test;

/** POST /claims/{claimId}/appearances from events/post-appearance.json, on the in-memory store. */
class AddAppearanceHandlerTest {
    private final ClaimRoute route = new ClaimRoute("post-appearance.json", AddAppearanceHandler::new);

    @Test
    void addsTheReportOnceAndIndexesItsOutlet() {
        Response added = route.expect(route.request(), 201, 2);
        List<?> appearances = (List<?>) added.json().get("appearances");
        assertEquals(2, appearances.size());
        assertEquals("NBC News", ((Map<?, ?>) appearances.get(1)).get("outlet"));
        assertEquals(
                List.of(route.id),
                route.store.list(new ClaimQuery(null, null, null, "nbc news", null, 10, null)).items().stream()
                        .map(c -> c.id())
                        .toList());

        Response again = route.request().sendTo(route.handler);
        assertEquals(200, again.status(), "already recorded: nothing changes");
        assertEquals(added.header("ETag"), again.header("ETag"));
    }

    @Test
    void anIfMatchMustBeCurrentAndTheClaimMustExist() {
        route.request().header("If-Match", route.etag(7)).sendTo(route.handler).problem(412, "precondition-failed");
        assertEquals(
                201,
                route.request()
                        .header("If-Match", route.etag(1))
                        .sendTo(route.handler)
                        .status());
        route.unknown().sendTo(route.handler).problem(404, "not-found");
        route.request()
                .body("{\"headline\": \"no outlet\"}")
                .sendTo(route.handler)
                .problem(400, "validation");
    }
}
