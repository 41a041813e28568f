package org.factcheck.claims.local;

import org.factcheck.claims.store.SubscriptionStore;
import org.factcheck.claims.store.contract.SubscriptionStoreContract;

/** The subscription store contract on the DynamoDB store and the emulator, empty tables per test. */
class DynamoDbSubscriptionStoreIT extends SubscriptionStoreContract {
    @Override
    protected SubscriptionStore emptySubscriptionStore() {
        return ContractTables.subscriptions();
    }
}
