package org.factcheck.claims.store.dynamodb;

import java.util.List;
import org.factcheck.claims.store.DuplicateClaimException;
import org.factcheck.claims.store.IdempotencyConflictException;
import org.factcheck.claims.store.VersionConflictException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** Decodes a cancelled transaction into what the caller did wrong, from the failed conditions of its writes. */
final class CancellationReasons {
    private CancellationReasons() {}

    /**
     * The first failed condition decides: the idempotency key, then a duplicate, then a
     * stale claim. {@code meanings} are in the order of the transaction's writes.
     */
    static RuntimeException explain(TransactionCanceledException e, List<ConditionMeaning> meanings, ClaimTable table) {
        List<CancellationReason> reasons = e.hasCancellationReasons() ? e.cancellationReasons() : List.of();
        RuntimeException duplicate = null;
        RuntimeException stale = null;
        for (int i = 0; i < reasons.size() && i < meanings.size(); i++) {
            if (!"ConditionalCheckFailed".equals(reasons.get(i).code())) continue;
            ConditionMeaning meaning = meanings.get(i);
            switch (meaning.kind()) {
                case IDEMPOTENCY_KEY_USED -> {
                    return new IdempotencyConflictException();
                }
                case DUPLICATE_CLAIM -> {
                    if (duplicate == null) {
                        duplicate =
                                new DuplicateClaimException(existingClaimId(reasons.get(i), meaning.subject(), table));
                    }
                }
                case STALE_CLAIM -> {
                    if (stale == null) stale = new VersionConflictException(meaning.subject());
                }
                case NOTHING_TO_REPORT -> {}
            }
        }
        if (duplicate != null) return duplicate;
        if (stale != null) return stale;
        return Failures.translate(e);
    }

    /** The claim a duplicate marker names: from the cancellation reason, else read (an emulator may omit it). */
    private static String existingClaimId(CancellationReason reason, String duplicateKey, ClaimTable table) {
        if (reason.hasItem() && !reason.item().isEmpty()) {
            DuplicateMarkerSchema.Marker marker = DuplicateMarkerSchema.SCHEMA.mapToItem(reason.item());
            if (marker != null && marker.claimId() != null) return marker.claimId();
        }
        try {
            DuplicateMarkerSchema.Marker marker = table.markers()
                    .getItem(r -> r.key(DuplicateMarkerSchema.key(duplicateKey)).consistentRead(true));
            return marker == null ? null : marker.claimId();
        } catch (SdkException e) {
            throw Failures.translate(e);
        }
    }
}
