package org.factcheck.claims.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.factcheck.claims.store.ClaimQuery;
import org.factcheck.claims.store.memory.InMemoryClaimStore;
import org.factcheck.claims.testing.Events;
import org.factcheck.claims.testing.Events.Response;
import org.junit.jupiter.api.Test;

/** POST /claims/{claimId}/appearances from events/post-appearance.json, on the in-memory store. */
class AddAppearanceHandlerTest {
    private final InMemoryClaimStore store = new InMemoryClaimStore();
    private final AddAppearanceHandler handler = new AddAppearanceHandler(store);

    @Test
    void addsTheReportOnceAndIndexesItsOutlet() {
        String id = Seed.claim(store);
        Response added =
                Events.load("post-appearance.json").pathParameter("claimId", id).sendTo(handler);
        assertEquals(201, added.status(), added.body());
        assertEquals("\"" + id + ".2\"", added.header("ETag"));
        List<?> appearances = (List<?>) added.json().get("appearances");
        assertEquals(2, appearances.size());
        assertEquals("NBC News", ((Map<?, ?>) appearances.get(1)).get("outlet"));
        assertEquals(
                List.of(id),
                store.list(new ClaimQuery(null, null, null, "nbc news", null, 10, null)).items().stream()
                        .map(c -> c.id())
                        .toList());

        Response again =
                Events.load("post-appearance.json").pathParameter("claimId", id).sendTo(handler);
        assertEquals(200, again.status(), "already recorded: nothing changes");
        assertEquals(added.header("ETag"), again.header("ETag"));
    }

    @Test
    void anIfMatchMustBeCurrentAndTheClaimMustExist() {
        String id = Seed.claim(store);
        Events.load("post-appearance.json")
                .pathParameter("claimId", id)
                .header("If-Match", "\"" + id + ".7\"")
                .sendTo(handler)
                .problem(412, "precondition-failed");
        assertEquals(
                201,
                Events.load("post-appearance.json")
                        .pathParameter("claimId", id)
                        .header("If-Match", "\"" + id + ".1\"")
                        .sendTo(handler)
                        .status());
        Events.load("post-appearance.json").sendTo(handler).problem(404, "not-found");
        Events.load("post-appearance.json")
                .pathParameter("claimId", id)
                .body("{\"headline\": \"no outlet\"}")
                .sendTo(handler)
                .problem(400, "validation");
    }
}
