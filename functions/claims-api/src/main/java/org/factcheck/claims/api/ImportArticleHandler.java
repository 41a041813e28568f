package org.factcheck.claims.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.factcheck.claims.domain.ArticlePlan;
import org.factcheck.claims.domain.ClaimInput;
import org.factcheck.claims.domain.NewArticle;
import org.factcheck.claims.domain.Timestamps;
import org.factcheck.claims.domain.Ulid;
import org.factcheck.claims.json.Json;
import org.factcheck.claims.store.ArticleImport;
import org.factcheck.claims.store.ClaimStore;
import org.factcheck.claims.telemetry.Invocation;
import org.factcheck.claims.telemetry.Metrics;

/**
 * POST /articles: an article and all its claims, all or nothing (see {@link ArticlePlan}).
 * A race with another writer makes the whole import start again.
 */
public final class ImportArticleHandler extends ClaimHandler {
    public ImportArticleHandler() {
        super("POST /articles", "post-articles.json", ImportArticleHandler::new);
    }

    public ImportArticleHandler(ClaimStore store) {
        super(store);
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        NewArticle article = readBody(request, ClaimInput::article);
        return Idempotency.run(
                request, store, idempotency -> RaceRetry.run(() -> attempt(request, article, idempotency)));
    }

    private ApiResponse attempt(ApiRequest request, NewArticle article, Idempotency idempotency) {
        Map<String, String> storedIds = store.findDuplicates(ArticlePlan.duplicateKeys(article));
        Instant now = Instant.now();
        ArticlePlan plan = ArticlePlan.of(
                article,
                storedIds,
                store.findAll(List.copyOf(storedIds.values())),
                () -> Ulid.next(now.toEpochMilli()),
                Timestamps.format(now),
                request.caller());
        if (!plan.refused().isEmpty()) throw ClaimResponses.articleConflict(plan.refused());
        ArticleImport writes = ArticleWrites.of(plan, idempotency.hasKey());
        ApiResponse response = ApiResponse.json(
                plan.created().isEmpty() ? 200 : 201,
                Json.write(ClaimResponses.article(article.url(), article.outlet(), plan)));
        store.importArticle(writes, idempotency.record(response));
        Invocation.count(Metrics.CLAIMS_SUBMITTED, plan.created().size());
        return response;
    }
}
