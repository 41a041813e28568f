package org.factcheck.claims.api;

import java.util.Set;
import org.factcheck.claims.domain.ClaimStatus;
import org.factcheck.claims.domain.KeySizes;
import org.factcheck.claims.domain.Rating;
import org.factcheck.claims.domain.TextNormalizer;
import org.factcheck.claims.store.ClaimQuery;
import org.factcheck.claims.store.ClaimStore;

/** GET /claims?status=&rating=&speaker=&outlet=&since=&limit=&cursor= */
public final class ListClaimsHandler extends ClaimHandler {
    public ListClaimsHandler() {
        super("GET /claims", "get-claims.json", ListClaimsHandler::new);
    }

    public ListClaimsHandler(ClaimStore store) {
        super(store);
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        QueryParameters params = new QueryParameters(
                request, Set.of("status", "rating", "speaker", "outlet", "since", "limit", "cursor"));
        ClaimQuery query = new ClaimQuery(
                params.enumValue("status", ClaimStatus.class),
                params.enumValue("rating", Rating.class),
                normalizedName(params, "speaker"),
                normalizedName(params, "outlet"),
                params.timestamp("since"),
                params.limit(),
                params.text("cursor", 2048));
        return PageRepresentation.ok(store.list(query), ClaimRepresentation::claim);
    }

    private static String normalizedName(QueryParameters params, String name) {
        String value = params.text(name, 200);
        if (value == null) return null;
        String normalized = TextNormalizer.normalize(value);
        if (!TextNormalizer.hasLetterOrDigit(normalized))
            throw Problem.invalidParameter(name, TextNormalizer.NAME_RULE);
        if (KeySizes.utf8Length(normalized) > KeySizes.PARTITION_KEY_BYTES)
            throw Problem.invalidParameter(name, KeySizes.NAME_RULE);
        return normalized;
    }
}
