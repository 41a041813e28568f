package org.factcheck.claims.api;

import java.time.Instant;
import java.util.List;
import org.factcheck.claims.domain.Claim;
import org.factcheck.claims.domain.ClaimPatch;
import org.factcheck.claims.domain.ClaimPatchInput;
import org.factcheck.claims.domain.Timestamps;
import org.factcheck.claims.store.ClaimStore;
import org.factcheck.claims.store.VersionConflictException;
import org.factcheck.claims.store.dynamodb.DynamoDbClaimStore;

/** PATCH /claims/{claimId}: status transitions and edits, guarded by If-Match. */
public final class UpdateClaimHandler extends ClaimHandler {
    public UpdateClaimHandler() {
        this(DynamoDbClaimStore.fromEnvironment());
    }

    public UpdateClaimHandler(ClaimStore store) {
        super(store);
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        ClaimPatch patch = readBody(request, ClaimPatchInput::patch);
        Claim claim = ClaimLookups.existing(store, request);
        ClaimLookups.requireCurrent(request, claim);
        Claim updated = claim.apply(patch, Timestamps.format(Instant.now()), request.caller());
        try {
            store.update(updated, claim.version(), List.of(), null);
        } catch (VersionConflictException e) {
            throw Problem.preconditionFailed(null);
        }
        return ClaimResponses.claim(200, updated);
    }
}
