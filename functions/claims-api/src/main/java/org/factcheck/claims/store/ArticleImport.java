package org.factcheck.claims.store;

import java.util.List;
import org.factcheck.claims.domain.Appearance;
import org.factcheck.claims.domain.Claim;

/**
 * The writes of one article import: claims to create, and existing claims that gain
 * appearances (each with the version it was read at), and one event per change.
 */
public record ArticleImport(List<Claim> created, List<Link> linked, List<ChangeEvent> events) {
    public record Link(Claim updated, long expectedVersion, List<Appearance> added) {}

    /** Items the transaction writes, without the idempotency record. */
    public int writeCount() {
        int count = events.size();
        for (Claim c : created) count += 2 + c.appearances().size();
        for (Link l : linked) count += l.added().isEmpty() ? 0 : 1 + l.added().size();
        return count;
    }
}
