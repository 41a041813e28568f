package org.factcheck.claims.store;

import java.util.Optional;
import org.factcheck.claims.domain.Claim;

/** Where claims and their verdicts are kept. */
public interface ClaimStore {

    /**
     * Stores a new claim together with its duplicate marker and outlet index entries,
     * all or nothing.
     *
     * @throws DuplicateClaimException when the same statement by the same speaker exists
     */
    void create(Claim claim);

    Optional<Claim> find(String claimId);
}
