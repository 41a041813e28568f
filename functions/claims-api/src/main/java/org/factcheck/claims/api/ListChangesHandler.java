package org.factcheck.claims.api;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.factcheck.claims.AppConfig;
import org.factcheck.claims.domain.EventType;
import org.factcheck.claims.domain.Ulid;
import org.factcheck.claims.json.Json;
import org.factcheck.claims.priming.ClaimPriming;
import org.factcheck.claims.store.ChangeEvent;
import org.factcheck.claims.store.ChangePage;
import org.factcheck.claims.store.ChangeQuery;
import org.factcheck.claims.store.ClaimStore;
import org.factcheck.claims.store.InvalidCursorException;
import org.factcheck.claims.store.dynamodb.DynamoDbClaimStore;

/**
 * GET /changes: every change event, oldest first, each once across pages. Only events
 * older than the settle time are served: an event's id is taken before its transaction
 * commits, so a younger one could still be overtaken by one with a smaller id.
 */
public final class ListChangesHandler extends ApiHandler {
    private final ClaimStore store;
    private final Duration settle;

    public ListChangesHandler() {
        this(DynamoDbClaimStore.fromEnvironment(), Duration.ofSeconds(AppConfig.changesSettleSeconds()));
        ClaimPriming.register("GET /changes", store, s -> new ListChangesHandler(s, settle), "get-changes.json");
    }

    public ListChangesHandler(ClaimStore store, Duration settle) {
        this.store = store;
        this.settle = settle;
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        QueryParameters params = new QueryParameters(request, Set.of("after", "limit", "type", "claimId"));
        String after = params.text("after", 2048);
        int limit = params.limit();
        String type = params.text("type", 40);
        if (type != null && EventType.fromWireName(type) == null) {
            throw Problem.invalidParameter(
                    "type",
                    "must be one of "
                            + Arrays.stream(EventType.values())
                                    .map(EventType::wireName)
                                    .toList());
        }
        String claimId = params.text("claimId", 40);
        if (claimId != null && !Ulid.isValid(claimId)) throw Problem.invalidParameter("claimId", "must be a claim id");
        ChangePage page;
        try {
            page = store.changes(
                    new ChangeQuery(after, limit, type, claimId, Instant.now().minus(settle)));
        } catch (InvalidCursorException e) {
            throw Problem.invalidParameter("after", "is not a cursor this API issued for /changes");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", page.items().stream().map(ListChangesHandler::event).toList());
        body.put("nextCursor", page.nextCursor());
        body.put("hasMore", page.more());
        return ApiResponse.json(200, Json.write(body)).withHeader("Cache-Control", "no-cache");
    }

    /** {"id", "type", "timestamp", "data"}: the stored webhook body with the event's id. */
    private static Map<String, Object> event(ChangeEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        @SuppressWarnings("unchecked")
        Map<String, Object> body = (Map<String, Object>) Json.parse(e.body());
        m.putAll(body);
        return m;
    }
}
