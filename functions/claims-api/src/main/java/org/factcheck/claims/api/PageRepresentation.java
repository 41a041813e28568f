package org.factcheck.claims.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.factcheck.claims.json.Json;
import org.factcheck.claims.store.Page;

/** {"items": [...], "nextCursor": "..." | null} */
final class PageRepresentation {
    private PageRepresentation() {}

    static <T> ApiResponse ok(Page<T> page, Function<T, Map<String, Object>> item) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", page.items().stream().map(item).toList());
        body.put("nextCursor", page.nextCursor());
        return ApiResponse.json(200, Json.write(body)).withHeader("Cache-Control", "no-cache");
    }
}
