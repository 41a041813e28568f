package org.factcheck.claims.store.memory;

import org.factcheck.claims.store.SubscriptionStore;
import org.factcheck.claims.store.contract.SubscriptionStoreContract;

/** The subscription store contract in memory; DynamoDbSubscriptionStoreIT runs it on the emulator. */
class InMemorySubscriptionStoreTest extends SubscriptionStoreContract {
    @Override
    protected SubscriptionStore emptySubscriptionStore() {
        return new InMemorySubscriptionStore();
    }
}
