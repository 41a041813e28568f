package org.factcheck.claims.store.memory;

import org.factcheck.claims.store.ApiKeyStore;
import org.factcheck.claims.store.ClaimStore;
import org.factcheck.claims.store.contract.ApiKeyStoreContract;

/** The key store contract, in memory; DynamoDbApiKeyStoreIT runs it on the emulator. */
class InMemoryApiKeyStoreTest extends ApiKeyStoreContract {
    @Override
    protected ApiKeyStore emptyKeyStore() {
        return new InMemoryApiKeyStore();
    }

    @Override
    protected ClaimStore emptyClaimStore() {
        return new InMemoryClaimStore();
    }
}
