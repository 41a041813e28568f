package org.factcheck.claims.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What importing an article does to each of its claims: a claim not stored yet is
 * created; one already stored (same statement by the same speaker) is linked, gaining
 * the appearances it lacks. Claims that cannot be linked (retracted, or full) are
 * {@code refused}, and the import must not be written then.
 */
public record ArticlePlan(List<Claim> created, List<Link> linked, List<Outcome> outcomes, List<FieldError> refused) {

    /** A stored claim ({@code current} as read) that gains {@code added} appearances, read at {@code expectedVersion}. */
    public record Link(Claim current, Claim updated, long expectedVersion, List<Appearance> added) {}

    /** What became of the claim at {@code index} in the article: its id, and whether it is new. */
    public record Outcome(int index, String claimId, boolean created) {}

    /** The duplicate key of each of the article's claims, in order. */
    public static List<String> duplicateKeys(NewArticle article) {
        return article.claims().stream().map(NewClaim::duplicateKey).toList();
    }

    /**
     * The plan, given the ids stored for duplicate keys and those claims as read now;
     * {@code newId} makes the id of each created claim.
     */
    public static ArticlePlan of(
            NewArticle article,
            Map<String, String> storedIds,
            List<Claim> stored,
            Supplier<String> newId,
            String now,
            Caller by) {
        Map<String, Claim> byId = new HashMap<>();
        for (Claim c : stored) byId.put(c.id(), c);
        List<String> keys = duplicateKeys(article);
        List<Claim> created = new ArrayList<>();
        List<Link> linked = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        List<FieldError> refused = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            NewClaim draft = article.claims().get(i);
            Claim existing = byId.get(storedIds.get(keys.get(i)));
            if (existing == null) {
                Claim claim = Claim.create(newId.get(), draft, now, by);
                created.add(claim);
                outcomes.add(new Outcome(i, claim.id(), true));
                continue;
            }
            List<Appearance> added = draft.appearances().stream()
                    .filter(a -> !existing.hasAppearance(a))
                    .toList();
            Claim updated = existing;
            try {
                if (!added.isEmpty()) updated = existing.withAppearances(added, now);
            } catch (WorkflowException e) {
                refused.add(new FieldError(
                        "/claims/" + i,
                        "matches claim " + existing.id() + ", which cannot be linked: " + e.getMessage()));
            }
            linked.add(new Link(existing, updated, existing.version(), added));
            outcomes.add(new Outcome(i, existing.id(), false));
        }
        return new ArticlePlan(List.copyOf(created), List.copyOf(linked), List.copyOf(outcomes), List.copyOf(refused));
    }
}
