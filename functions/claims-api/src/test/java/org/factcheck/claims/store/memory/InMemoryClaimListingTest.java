package org.factcheck.claims.store.memory;

import org.factcheck.claims.store.ClaimStore;
import org.factcheck.claims.store.contract.ClaimListingContract;

/** The listing contract, in memory; DynamoDbClaimListingIT runs it on the emulator. */
class InMemoryClaimListingTest extends ClaimListingContract {
    @Override
    protected ClaimStore emptyStore() {
        return new InMemoryClaimStore();
    }
}
