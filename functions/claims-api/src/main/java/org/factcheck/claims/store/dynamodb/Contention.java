package org.factcheck.claims.store.dynamodb;

import java.util.List;
import java.util.Set;
import org.factcheck.claims.store.StoreUnavailableException;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * A transaction cancelled only because another one held its items, or because DynamoDB
 * throttled an item: nothing was written, and the same transaction may simply run again.
 * The SDK does not retry these (HTTP 400), so the store does, a few times with jitter.
 */
final class Contention {
    /** Attempts of one transaction; with the pauses below they add at most ~0.3 s. */
    static final int ATTEMPTS = 3;

    static final Backoff BACKOFF = new Backoff(ATTEMPTS, 20, 50);
    private static final Set<String> TRANSIENT =
            Set.of("TransactionConflict", "ThrottlingError", "ProvisionedThroughputExceeded");

    private Contention() {}

    /** True when every item was either fine ("None") or transiently blocked, and at least one was blocked. */
    static boolean isTransient(TransactionCanceledException e) {
        List<CancellationReason> reasons = e.hasCancellationReasons() ? e.cancellationReasons() : List.of();
        boolean blocked = false;
        for (CancellationReason reason : reasons) {
            String code = reason.code();
            if (TRANSIENT.contains(code)) blocked = true;
            else if (code != null && !"None".equals(code)) return false;
        }
        return blocked;
    }

    static StoreUnavailableException persisted(TransactionCanceledException e) {
        return new StoreUnavailableException(
                "transaction still cancelled by contention after " + ATTEMPTS + " attempts", e);
    }
}
