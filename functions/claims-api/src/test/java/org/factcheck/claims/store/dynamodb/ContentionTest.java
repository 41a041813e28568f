package org.factcheck.claims.store.dynamodb;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

class ContentionTest {
    private static TransactionCanceledException cancelled(String... codes) {
        return TransactionCanceledException.builder()
                .cancellationReasons(Arrays.stream(codes)
                        .map(c -> CancellationReason.builder().code(c).build())
                        .toList())
                .build();
    }

    @Test
    void conflictsAndThrottledItemsAloneMayRunAgain() {
        assertTrue(Contention.isTransient(cancelled("None", "TransactionConflict", "None")));
        assertTrue(Contention.isTransient(cancelled("ThrottlingError", "None")));
        assertTrue(Contention.isTransient(cancelled("ProvisionedThroughputExceeded")));
    }

    @Test
    void aFailedConditionOrAnInvalidItemDecidesInstead() {
        assertFalse(Contention.isTransient(cancelled("TransactionConflict", "ConditionalCheckFailed")));
        assertFalse(Contention.isTransient(cancelled("ValidationError", "TransactionConflict")));
        assertFalse(Contention.isTransient(cancelled("None", "None")));
        assertFalse(
                Contention.isTransient(TransactionCanceledException.builder().build()));
    }
}
