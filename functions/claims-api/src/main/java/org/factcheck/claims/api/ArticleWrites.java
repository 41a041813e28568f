package org.factcheck.claims.api;

import java.util.ArrayList;
import java.util.List;
import org.factcheck.claims.domain.ArticlePlan;
import org.factcheck.claims.domain.FieldError;
import org.factcheck.claims.store.ArticleImport;
import org.factcheck.claims.store.ChangeEvent;
import org.factcheck.claims.store.ClaimStore;

/** An article import plan as the writes of one transaction, with one event per change. */
final class ArticleWrites {
    /**
     * The change feed's day marker, which a transaction may carry (store/dynamodb/EventSchema):
     * always counted, so that the limit does not depend on which container answers.
     */
    static final int FEED_MARKER = 1;

    private ArticleWrites() {}

    /** The plan's writes; 400 when they (with the idempotency record, if any) exceed one transaction. */
    static ArticleImport of(ArticlePlan plan, boolean withIdempotencyRecord) {
        List<ChangeEvent> events = new ArrayList<>();
        for (var created : plan.created()) events.add(ChangeEvents.created(created));
        List<ArticleImport.Link> links = new ArrayList<>();
        for (var l : plan.linked()) {
            links.add(new ArticleImport.Link(l.updated(), l.expectedVersion(), l.added()));
            if (!l.added().isEmpty()) events.add(ChangeEvents.appearancesAdded(l.current(), l.updated(), l.added()));
        }
        ArticleImport writes = new ArticleImport(plan.created(), links, events);
        int needed = writes.writeCount() + FEED_MARKER + (withIdempotencyRecord ? 1 : 0);
        if (needed > ClaimStore.MAX_TRANSACTION_WRITES) {
            throw Problem.validation(List.of(new FieldError(
                    "/claims",
                    "needs " + needed + " writes, more than the " + ClaimStore.MAX_TRANSACTION_WRITES
                            + " one transaction holds; import the article in parts")));
        }
        return writes;
    }
}
