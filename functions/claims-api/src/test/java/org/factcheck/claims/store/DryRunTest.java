package org.factcheck.claims.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;

class DryRunTest {

    @Test
    void readsAreSentAndEveryOtherOperationIsStopped() {
        for (String read : List.of("GetItem", "BatchGetItem", "TransactGetItems", "Query", "Scan", "GetUsagePlans")) {
            assertTrue(DryRun.reads(read), read);
        }
        for (String write : List.of(
                "PutItem",
                "UpdateItem",
                "DeleteItem",
                "TransactWriteItems",
                "BatchWriteItem",
                "CreateApiKey",
                "CreateUsagePlanKey",
                "DeleteUsagePlanKey",
                "DeleteApiKey")) {
            assertFalse(DryRun.reads(write), write);
        }
        assertFalse(DryRun.reads(null));
    }

    @Test
    void aStoppedWriteIsKnownThroughTheStoresWrapping() {
        // The SDK rebuilds the exception (a plain SdkClientException with the message), the store wraps it.
        SdkClientException rebuilt = SdkClientException.create("dry run: TransactWriteItems was not sent");
        assertTrue(DryRun.stopped(new StoreUnavailableException("DynamoDB unreachable", rebuilt)));
        assertFalse(DryRun.stopped(new StoreUnavailableException(
                "DynamoDB unreachable", SdkClientException.create("Unable to execute HTTP request"))));
        assertFalse(DryRun.stopped(new IllegalStateException("dry run: not an SDK failure")));
    }

    @Test
    void aSampleIsFoundOnlyInsideItsCallAndOnlyInADryRun() throws Exception {
        assertNull(DryRun.foundAs("sample", DryRun::found), "outside a dry run no read is answered");
        DryRun.run(() -> {
            assertEquals("sample", DryRun.foundAs("sample", DryRun::found));
            assertEquals("inner", DryRun.foundAs("outer", () -> DryRun.foundAs("inner", DryRun::found)));
            assertNull(DryRun.found(), "nothing after the call");
            return null;
        });
    }

    @Test
    void theDryRunIsOnlyOnWhileItsWorkRuns() throws Exception {
        assertFalse(DryRun.on());
        assertTrue(DryRun.run(DryRun::on));
        assertFalse(DryRun.on());
    }
}
