package org.factcheck.claims.store.dynamodb;

import static org.factcheck.claims.store.dynamodb.ItemDraft.attribute;

import java.util.List;
import org.factcheck.claims.domain.Caller;
import org.factcheck.claims.domain.Evidence;
import org.factcheck.claims.domain.Rating;
import org.factcheck.claims.domain.Verdict;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticImmutableTableSchema;

/**
 * Verdict history items ({@code CLAIM#<id>} / {@code VERDICT#<revision>}, append-only),
 * and the verdict fields a claim item nests as its current verdict.
 */
final class VerdictSchema {
    private static final KeyPrefix SK_PREFIX = new KeyPrefix("VERDICT#");
    private static final String VERDICT = "verdict";

    /**
     * One verdict of a claim. The history query reads backwards into the claim item that
     * ends it; that item reads as an entry without a verdict.
     */
    record Entry(String claimId, Verdict verdict) {}

    private VerdictSchema() {}

    static final StaticImmutableTableSchema<Verdict, ItemDraft> FIELDS = ItemDraft.schema(
                    Verdict.class,
                    // A claim item shares "id" with these fields but has no revision: it is no verdict.
                    d -> !d.has("revision")
                            ? null
                            : new Verdict(
                                    d.string("id"),
                                    d.<Integer>get("revision"),
                                    Rating.valueOf(d.string("rating")),
                                    d.string("textualRating"),
                                    d.string("summary"),
                                    d.<List<Evidence>>get("evidence") == null ? List.of() : d.get("evidence"),
                                    d.string("reviewUrl"),
                                    new Caller(d.string("reviewerKeyId"), d.string("reviewer")),
                                    d.string("publishedAt")))
            .addAttribute(String.class, attribute("id", Verdict::id))
            .addAttribute(Integer.class, attribute("revision", Verdict::revision))
            .addAttribute(String.class, attribute("rating", v -> v.rating().name()))
            .addAttribute(String.class, attribute("textualRating", Verdict::textualRating))
            .addAttribute(String.class, attribute("summary", Verdict::summary))
            .addAttribute(ValueSchemas.listOf(ValueSchemas.EVIDENCE), attribute("evidence", Verdict::evidence))
            .addAttribute(String.class, attribute("reviewUrl", Verdict::reviewUrl))
            .addAttribute(String.class, attribute("reviewer", v -> v.reviewer().owner()))
            .addAttribute(
                    String.class, attribute("reviewerKeyId", v -> v.reviewer().keyId()))
            .addAttribute(String.class, attribute("publishedAt", Verdict::publishedAt))
            .build();

    static final StaticImmutableTableSchema<Entry, ItemDraft> ITEM = ItemDraft.keyed(
                    Entry.class,
                    d -> new Entry(ClaimSchema.claimIdOf(d.string(Keys.PK)), d.get(VERDICT)),
                    e -> ClaimSchema.pk(e.claimId()),
                    e -> sk(e.verdict().revision()))
            .flatten(FIELDS, Entry::verdict, ItemDraft.into(VERDICT))
            .build();

    static String sk(int revision) {
        return SK_PREFIX.of("%06d".formatted(revision));
    }

    static boolean isVerdictSk(String sk) {
        return SK_PREFIX.matches(sk);
    }
}
