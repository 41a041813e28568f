package org.factcheck.claims.local;

import org.factcheck.claims.store.ClaimStore;
import org.factcheck.claims.store.contract.ClaimListingContract;

/** The listing contract on the DynamoDB store and the emulator, an empty table per test; the same runs in memory. */
class DynamoDbClaimListingIT extends ClaimListingContract {
    @Override
    protected ClaimStore emptyStore() {
        return ContractTables.claims();
    }
}
