package org.factcheck.claims.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factcheck.claims.domain.Appearance;
import org.factcheck.claims.domain.Claim;
import org.factcheck.claims.domain.ClaimInput;
import org.factcheck.claims.domain.FieldError;
import org.factcheck.claims.domain.JsonReader;
import org.factcheck.claims.domain.NewArticle;
import org.factcheck.claims.domain.NewClaim;
import org.factcheck.claims.domain.TextNormalizer;
import org.factcheck.claims.domain.Timestamps;
import org.factcheck.claims.domain.Ulid;
import org.factcheck.claims.domain.WorkflowException;
import org.factcheck.claims.store.ArticleImport;
import org.factcheck.claims.store.ClaimStore;
import org.factcheck.claims.store.DuplicateClaimException;
import org.factcheck.claims.store.VersionConflictException;
import org.factcheck.claims.store.dynamodb.DynamoDbClaimStore;
import org.factcheck.claims.telemetry.Invocation;
import org.factcheck.claims.telemetry.Metrics;

/**
 * POST /articles: an article and all its claims, all or nothing. A claim already stored
 * (same statement by the same speaker) is linked: the article becomes one of its
 * appearances. A race with another writer makes the whole import start again.
 */
public final class ImportArticleHandler extends ApiHandler {
    /** DynamoDB's limit on the items in one transaction. */
    static final int MAX_WRITES = 100;
    private static final int ATTEMPTS = 3;

    private final ClaimStore store;

    public ImportArticleHandler() {
        this(DynamoDbClaimStore.fromEnvironment());
    }

    public ImportArticleHandler(ClaimStore store) {
        this.store = store;
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        JsonReader in = new JsonReader();
        NewArticle article = ClaimInput.article(jsonBody(request), in);
        in.throwIfInvalid();
        return Idempotency.run(request, store, idempotency -> {
            for (int attempt = 1; ; attempt++) {
                try {
                    return attempt(request, article, idempotency);
                } catch (DuplicateClaimException | VersionConflictException e) {
                    if (attempt == ATTEMPTS) throw Problem.unavailable();
                }
            }
        });
    }

    private ApiResponse attempt(ApiRequest request, NewArticle article, Idempotency idempotency) {
        List<String> keys = article.claims().stream()
                .map(c -> TextNormalizer.duplicateKey(c.speaker().name(), c.statement()))
                .toList();
        Map<String, String> existingIds = store.findDuplicates(keys);
        Map<String, Claim> existing = new LinkedHashMap<>();
        for (Claim c : store.findAll(List.copyOf(existingIds.values()))) existing.put(c.id(), c);

        Instant now = Instant.now();
        String at = Timestamps.format(now);
        List<Claim> created = new ArrayList<>();
        List<ArticleImport.Link> linked = new ArrayList<>();
        List<Map<String, Object>> results = new ArrayList<>();
        List<FieldError> refused = new ArrayList<>();
        for (int i = 0; i < article.claims().size(); i++) {
            NewClaim draft = article.claims().get(i);
            Claim stored = existing.get(existingIds.get(keys.get(i)));
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("index", i);
            if (stored == null) {
                Claim claim = Claim.create(Ulid.next(now.toEpochMilli()), draft, at, request.caller());
                created.add(claim);
                result.put("id", claim.id());
                result.put("result", "created");
            } else {
                List<Appearance> added = draft.appearances().stream().filter(a -> !stored.hasAppearance(a)).toList();
                Claim updated = stored;
                try {
                    if (!added.isEmpty()) updated = stored.withAppearances(added, at);
                } catch (WorkflowException e) {
                    refused.add(new FieldError("/claims/" + i, "matches claim " + stored.id() + ", which cannot be linked: " + e.getMessage()));
                }
                linked.add(new ArticleImport.Link(updated, stored.version(), added));
                result.put("id", stored.id());
                result.put("result", "linked");
            }
            results.add(result);
        }
        if (!refused.isEmpty()) {
            throw Problem.conflict("article-conflict", "Claims cannot be linked", refused.size() + " claim(s) match retracted or full claims")
                    .with("errors", refused.stream().map(e -> Map.of("pointer", e.pointer(), "message", e.message())).toList());
        }
        ArticleImport writes = new ArticleImport(created, linked);
        int needed = writes.writeCount() + (idempotency.hasKey() ? 1 : 0);
        if (needed > MAX_WRITES) {
            throw Problem.validation(List.of(new FieldError("/claims", "needs " + needed
                    + " writes, more than the " + MAX_WRITES + " one transaction holds; import the article in parts")));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("url", article.url());
        body.put("outlet", article.outlet());
        body.put("claims", results);
        ApiResponse response = ApiResponse.json(created.isEmpty() ? 200 : 201, Json.write(body));
        store.importArticle(writes, idempotency.record(response));
        Invocation.count(Metrics.CLAIMS_SUBMITTED, created.size());
        return response;
    }
}
