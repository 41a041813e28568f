package org.factcheck.claims.api;

import java.util.List;
import org.factcheck.claims.domain.ArticlePlan;
import org.factcheck.claims.domain.FieldError;
import org.factcheck.claims.store.ArticleImport;
import org.factcheck.claims.store.ClaimStore;

/** An article import plan as the writes of one transaction. */
final class ArticleWrites {
    private ArticleWrites() {}

    /** The plan's writes; 400 when they (with the idempotency record, if any) exceed one transaction. */
    static ArticleImport of(ArticlePlan plan, boolean withIdempotencyRecord) {
        ArticleImport writes = new ArticleImport(
                plan.created(),
                plan.linked().stream()
                        .map(l -> new ArticleImport.Link(l.updated(), l.expectedVersion(), l.added()))
                        .toList());
        int needed = writes.writeCount() + (withIdempotencyRecord ? 1 : 0);
        if (needed > ClaimStore.MAX_TRANSACTION_WRITES) {
            throw Problem.validation(List.of(new FieldError(
                    "/claims",
                    "needs " + needed + " writes, more than the " + ClaimStore.MAX_TRANSACTION_WRITES
                            + " one transaction holds; import the article in parts")));
        }
        return writes;
    }
}
