package org.factcheck.claims.api;

import java.time.Instant;
import java.util.List;
import org.factcheck.claims.domain.Appearance;
import org.factcheck.claims.domain.Claim;
import org.factcheck.claims.domain.ClaimInput;
import org.factcheck.claims.domain.Timestamps;
import org.factcheck.claims.store.ClaimStore;

/**
 * POST /claims/{claimId}/appearances: one more outlet's report. The same outlet and url
 * again is a no-op (200). If-Match is optional here: adding a report cannot undo anyone
 * else's change, so without it a concurrent change is retried rather than refused.
 */
public final class AddAppearanceHandler extends ClaimHandler {
    public AddAppearanceHandler() {
        super("POST /claims/{claimId}/appearances", "post-appearance.json", AddAppearanceHandler::new);
    }

    public AddAppearanceHandler(ClaimStore store) {
        super(store);
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        Appearance appearance = readBody(request, (body, in) -> ClaimInput.appearance(body, "", in));
        boolean conditional = request.header("If-Match") != null;
        return Idempotency.run(
                request,
                store,
                idempotency -> RaceRetry.run(() -> {
                    Claim claim =
                            conditional ? ClaimLookups.current(store, request) : ClaimLookups.existing(store, request);
                    if (claim.hasAppearance(appearance)) return ClaimResponses.claim(200, claim);
                    Claim updated = claim.withAppearances(List.of(appearance), Timestamps.format(Instant.now()));
                    ApiResponse response = ClaimResponses.claim(201, updated);
                    Runnable write = () -> store.update(
                            updated,
                            claim.version(),
                            List.of(appearance),
                            ChangeEvents.appearancesAdded(claim, updated, List.of(appearance)),
                            idempotency.record(response));
                    if (conditional) Preconditions.ifUnchanged(write);
                    else write.run(); // without If-Match, a race is retried
                    return response;
                }));
    }
}
