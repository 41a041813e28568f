package org.factcheck.claims.api;

import java.time.Instant;
import java.util.List;
import org.factcheck.claims.domain.Claim;
import org.factcheck.claims.domain.ClaimPatch;
import org.factcheck.claims.domain.ClaimPatchInput;
import org.factcheck.claims.domain.Timestamps;
import org.factcheck.claims.store.ClaimStore;

/** PATCH /claims/{claimId}: status transitions and edits, guarded by If-Match. */
public final class UpdateClaimHandler extends ClaimHandler {
    public UpdateClaimHandler() {
        super("PATCH /claims/{claimId}", "patch-claim.json", UpdateClaimHandler::new);
    }

    public UpdateClaimHandler(ClaimStore store) {
        super(store);
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        ClaimPatch patch = readBody(request, ClaimPatchInput::patch);
        Claim claim = ClaimLookups.current(store, request);
        Claim updated = claim.apply(patch, Timestamps.format(Instant.now()), request.caller());
        Preconditions.ifUnchanged(
                () -> store.update(updated, claim.version(), List.of(), ChangeEvents.updated(claim, updated), null));
        return ClaimResponses.claim(200, updated);
    }
}
