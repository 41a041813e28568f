package org.factcheck.claims.store;

import java.util.List;
import org.factcheck.claims.domain.Appearance;
import org.factcheck.claims.domain.Claim;
import org.factcheck.claims.domain.TextNormalizer;

/**
 * The writes of one article import: claims to create, and existing claims that gain
 * appearances (each with the version it was read at), and one event per change.
 */
public record ArticleImport(List<Claim> created, List<Link> linked, List<ChangeEvent> events) {
    public record Link(Claim updated, long expectedVersion, List<Appearance> added) {}

    /** Items the transaction writes, without the idempotency record. */
    public int writeCount() {
        int count = events.size();
        for (Claim c : created) count += 2 + outlets(c.appearances());
        for (Link l : linked) count += l.added().isEmpty() ? 0 : 1 + outlets(l.added());
        return count;
    }

    /** The byOutlet entries of these reports: one per outlet, however many of its reports. */
    private static int outlets(List<Appearance> appearances) {
        return (int) appearances.stream()
                .map(a -> TextNormalizer.normalize(a.outlet()))
                .distinct()
                .count();
    }
}
