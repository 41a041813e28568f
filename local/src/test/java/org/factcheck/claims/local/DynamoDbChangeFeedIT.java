package org.factcheck.claims.local;

import org.factcheck.claims.store.ClaimStore;
import org.factcheck.claims.store.contract.ChangeFeedContract;

/** The change feed contract on the DynamoDB store and the emulator, an empty table per test. */
class DynamoDbChangeFeedIT extends ChangeFeedContract {
    @Override
    protected ClaimStore emptyStore() {
        return ContractTables.claims();
    }
}
