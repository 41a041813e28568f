package org.factcheck.claims.api;

import java.time.Instant;
import org.factcheck.claims.domain.Claim;
import org.factcheck.claims.domain.NewVerdict;
import org.factcheck.claims.domain.Timestamps;
import org.factcheck.claims.domain.Ulid;
import org.factcheck.claims.domain.Verdict;
import org.factcheck.claims.domain.VerdictInput;
import org.factcheck.claims.json.Json;
import org.factcheck.claims.store.ClaimStore;
import org.factcheck.claims.telemetry.Invocation;
import org.factcheck.claims.telemetry.Metrics;

/**
 * POST /claims/{claimId}/verdicts: the verdict, the claim's status, current verdict and
 * version change in one transaction, guarded by If-Match.
 */
public final class PublishVerdictHandler extends ClaimHandler {
    public PublishVerdictHandler() {
        super("POST /claims/{claimId}/verdicts", "post-verdict.json", PublishVerdictHandler::new);
    }

    public PublishVerdictHandler(ClaimStore store) {
        super(store);
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        NewVerdict draft = readBody(request, VerdictInput::verdict);
        return Idempotency.run(request, store, idempotency -> {
            Claim claim = ClaimLookups.current(store, request);
            Instant now = Instant.now();
            String at = Timestamps.format(now);
            Verdict verdict = claim.nextVerdict(Ulid.next(now.toEpochMilli()), draft, request.caller(), at);
            Claim rated = claim.withVerdict(verdict, at);
            ApiResponse response = ApiResponse.json(201, Json.write(ClaimRepresentation.verdict(verdict)))
                    .withHeader("ETag", rated.etag())
                    .withHeader("Location", request.fullPath());
            Preconditions.ifUnchanged(() -> store.publishVerdict(
                    rated, claim.version(), ChangeEvents.verdict(claim, rated), idempotency.record(response)));
            Invocation.count(Metrics.VERDICTS_PUBLISHED, 1);
            if (verdict.revision() > 1) Invocation.count(Metrics.VERDICTS_REVISED, 1);
            return response;
        });
    }
}
