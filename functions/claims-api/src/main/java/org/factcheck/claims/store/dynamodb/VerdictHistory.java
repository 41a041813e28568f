package org.factcheck.claims.store.dynamodb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factcheck.claims.domain.Verdict;
import org.factcheck.claims.store.Page;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A claim's verdict history, newest first. One Query answers both "which verdicts" and
 * "does the claim exist": sort keys put CLAIM just before VERDICT#..., so reading
 * backwards from the end ends at the claim.
 */
final class VerdictHistory {
    private VerdictHistory() {}

    static Optional<Page<Verdict>> page(ClaimTable table, String claimId, int limit, String cursor) {
        Map<String, AttributeValue> start =
                Cursors.decode(cursor, Cursors.Kind.VERDICT, VerdictSchema.ITEM, null, ClaimSchema.pk(claimId));
        List<VerdictSchema.Entry> entries;
        try {
            entries = table.verdicts()
                    .query(QueryEnhancedRequest.builder()
                            .queryConditional(QueryConditional.sortGreaterThanOrEqualTo(ClaimSchema.key(claimId)))
                            .consistentRead(true)
                            .scanIndexForward(false)
                            .exclusiveStartKey(start)
                            .limit(limit + 1)
                            .build())
                    .iterator()
                    .next()
                    .items();
        } catch (SdkException e) {
            throw Failures.translate(e);
        }
        List<Verdict> verdicts = new ArrayList<>();
        boolean claimSeen = start != null;
        boolean more = false;
        VerdictSchema.Entry last = null;
        for (VerdictSchema.Entry entry : entries) {
            if (entry.verdict() == null) {
                claimSeen = true;
                break;
            }
            if (verdicts.size() == limit) {
                more = true;
                break;
            }
            verdicts.add(entry.verdict());
            last = entry;
        }
        if (!claimSeen && verdicts.isEmpty()) return Optional.empty();
        String next = more && last != null
                ? Cursors.encode(
                        Cursors.Kind.VERDICT,
                        VerdictSchema.ITEM.itemToMap(
                                last, VerdictSchema.ITEM.tableMetadata().primaryKeys()))
                : null;
        return Optional.of(new Page<>(verdicts, next));
    }
}
