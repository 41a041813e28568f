package org.factcheck.claims.api;

import java.time.Instant;
import org.factcheck.claims.domain.Claim;
import org.factcheck.claims.domain.ClaimInput;
import org.factcheck.claims.domain.NewClaim;
import org.factcheck.claims.domain.Timestamps;
import org.factcheck.claims.domain.Ulid;
import org.factcheck.claims.store.ClaimStore;
import org.factcheck.claims.store.DuplicateClaimException;
import org.factcheck.claims.telemetry.Invocation;
import org.factcheck.claims.telemetry.Metrics;

/** POST /claims */
public final class CreateClaimHandler extends ClaimHandler {
    public CreateClaimHandler() {
        super("POST /claims", "post-claims.json", CreateClaimHandler::new);
    }

    public CreateClaimHandler(ClaimStore store) {
        super(store);
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        NewClaim draft = readBody(request, (body, in) -> ClaimInput.claim(body, "", in));
        return Idempotency.run(request, store, idempotency -> {
            Instant now = Instant.now();
            Claim claim = Claim.create(Ulid.next(now.toEpochMilli()), draft, Timestamps.format(now), request.caller());
            ApiResponse response =
                    ClaimResponses.claim(201, claim).withHeader("Location", request.fullPath() + "/" + claim.id());
            try {
                store.create(claim, ChangeEvents.created(claim), idempotency.record(response));
            } catch (DuplicateClaimException e) {
                throw ClaimResponses.duplicate(e.existingClaimId());
            }
            Invocation.count(Metrics.CLAIMS_SUBMITTED, 1);
            return response;
        });
    }
}
