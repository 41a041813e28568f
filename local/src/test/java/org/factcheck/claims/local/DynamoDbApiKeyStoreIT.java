package org.factcheck.claims.local;

import org.factcheck.claims.store.ApiKeyStore;
import org.factcheck.claims.store.ClaimStore;
import org.factcheck.claims.store.contract.ApiKeyStoreContract;

/** The key store contract on the DynamoDB store and the emulator, empty tables per test; the same runs in memory. */
class DynamoDbApiKeyStoreIT extends ApiKeyStoreContract {
    @Override
    protected ApiKeyStore emptyKeyStore() {
        return ContractTables.keys();
    }

    @Override
    protected ClaimStore emptyClaimStore() {
        return ContractTables.claims();
    }
}
