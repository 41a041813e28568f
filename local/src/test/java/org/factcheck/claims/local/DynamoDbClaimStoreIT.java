package org.factcheck.claims.local;

import org.factcheck.claims.store.ClaimStore;
import org.factcheck.claims.store.contract.ClaimStoreContract;

/** The store contract on the DynamoDB store and the emulator, an empty table per test; the same runs in memory. */
class DynamoDbClaimStoreIT extends ClaimStoreContract {
    @Override
    protected ClaimStore emptyStore() {
        return ContractTables.claims();
    }
}
