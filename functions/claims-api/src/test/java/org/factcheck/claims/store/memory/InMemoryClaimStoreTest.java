package org.factcheck.claims.store.memory;

import org.factcheck.claims.store.ClaimStore;
import org.factcheck.claims.store.contract.ClaimStoreContract;

/** The store contract, in memory; DynamoDbClaimStoreIT runs it on the emulator. */
class InMemoryClaimStoreTest extends ClaimStoreContract {
    @Override
    protected ClaimStore emptyStore() {
        return new InMemoryClaimStore();
    }
}
