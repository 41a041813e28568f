package org.factcheck.claims.api;

import java.time.Instant;
import org.factcheck.claims.AppConfig;
import org.factcheck.claims.domain.Claim;
import org.factcheck.claims.domain.ClaimInput;
import org.factcheck.claims.domain.JsonReader;
import org.factcheck.claims.domain.NewClaim;
import org.factcheck.claims.domain.Timestamps;
import org.factcheck.claims.domain.Ulid;
import org.factcheck.claims.store.ClaimStore;
import org.factcheck.claims.store.DuplicateClaimException;
import org.factcheck.claims.store.dynamodb.DynamoDbClaimStore;
import org.factcheck.claims.store.dynamodb.DynamoDbClients;

/** POST /claims */
public final class CreateClaimHandler extends ApiHandler {
    private final ClaimStore store;

    public CreateClaimHandler() {
        this(new DynamoDbClaimStore(DynamoDbClients.shared(), AppConfig.fromEnvironment().tableName()));
    }

    public CreateClaimHandler(ClaimStore store) {
        this.store = store;
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        JsonReader in = new JsonReader();
        NewClaim draft = ClaimInput.claim(jsonBody(request), "", in);
        in.throwIfInvalid();
        Instant now = Instant.now();
        Claim claim = Claim.create(Ulid.next(now.toEpochMilli()), draft, Timestamps.format(now), request.principal());
        try {
            store.create(claim);
        } catch (DuplicateClaimException e) {
            throw Problem.conflict("duplicate-claim", "Duplicate claim",
                            "this statement by this speaker is already stored as claim " + e.existingClaimId())
                    .with("existingClaimId", e.existingClaimId());
        }
        return ApiResponse.json(201, Json.write(ClaimRepresentation.claim(claim)))
                .withHeader("Location", request.fullPath() + "/" + claim.id())
                .withHeader("ETag", claim.etag());
    }
}
