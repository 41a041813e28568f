package org.factcheck.claims.api;

import org.factcheck.claims.store.ClaimStore;

/** A handler of the claim routes: the store it reads and writes. */
abstract class ClaimHandler extends ApiHandler {
    protected final ClaimStore store;

    ClaimHandler(ClaimStore store) {
        this.store = store;
    }
}
