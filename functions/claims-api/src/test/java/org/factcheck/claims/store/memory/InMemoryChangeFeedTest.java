package org.factcheck.claims.store.memory;

import org.factcheck.claims.store.ClaimStore;
import org.factcheck.claims.store.contract.ChangeFeedContract;

/** The change feed contract, in memory; DynamoDbChangeFeedIT runs it on the emulator. */
class InMemoryChangeFeedTest extends ChangeFeedContract {
    @Override
    protected ClaimStore emptyStore() {
        return new InMemoryClaimStore();
    }
}
