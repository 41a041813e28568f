package org.factcheck.claims.priming;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.util.Map;
import java.util.function.Function;
import org.factcheck.claims.domain.Caller;
import org.factcheck.claims.domain.Claim;
import org.factcheck.claims.domain.ClaimInput;
import org.factcheck.claims.domain.ClaimPatchInput;
import org.factcheck.claims.domain.JsonReader;
import org.factcheck.claims.domain.VerdictInput;
import org.factcheck.claims.store.ClaimStore;

/**
 * The priming of the claim functions: the route's event from events/, run through a
 * second instance of the same handler class over {@link SampleClaims}, which reads
 * DynamoDB for real and, where the event's claim does not exist (its id is the events'
 * example), answers a sample claim built from the events' bodies by the domain code. So
 * reads, validation, the domain's rules, the transaction's marshalling and signing and
 * the response all run; the transaction is sent bound to fail, refused, and answered as
 * applied (store/DryRun, store/dynamodb/BoundToFail).
 */
public final class ClaimPriming {
    private ClaimPriming() {}

    /**
     * Registers the priming of {@code function}: {@code handler} over the function's own
     * {@code store}, invoked with {@code event}, must succeed (2xx). Cheap: nothing
     * is read or built until a checkpoint.
     */
    public static Priming register(
            String function, ClaimStore store, Function<ClaimStore, RequestStreamHandler> handler, String event) {
        // PATCH moves the sample to IN_REVIEW, which only an unrated claim may do.
        boolean unrated = event.equals("patch-claim.json");
        return PrimingRequests.register(
                function,
                () -> handler.apply(new SampleClaims(store, sample(unrated))),
                event,
                PrimingRequests::expectSuccess);
    }

    /** The events' claim as POST /claims makes it, then (unless {@code unrated}) rated by POST .../verdicts. */
    @SuppressWarnings("unchecked")
    static Claim sample(boolean unrated) {
        Map<String, Object> get = PrimingRequests.parsed("get-claim.json");
        String claimId =
                ((Map<String, Object>) get.get("pathParameters")).get("claimId").toString();
        Map<String, Object> authorizer =
                (Map<String, Object>) ((Map<String, Object>) get.get("requestContext")).get("authorizer");
        Caller caller = new Caller(
                authorizer.get("keyId").toString(), authorizer.get("owner").toString());
        String now = "2023-07-27T12:00:00Z";

        JsonReader in = new JsonReader();
        Claim claim =
                Claim.create(claimId, ClaimInput.claim(PrimingRequests.body("post-claims.json"), "", in), now, caller);
        if (!unrated) {
            claim = claim.apply(ClaimPatchInput.patch(PrimingRequests.body("patch-claim.json"), in), now, caller);
            var verdict = VerdictInput.verdict(PrimingRequests.body("post-verdict.json"), in);
            claim = claim.withVerdict(claim.nextVerdict(claimId, verdict, caller, now), now);
        }
        in.throwIfInvalid();
        // At the version the events' If-Match names.
        return new Claim(
                claim.id(),
                claim.statement(),
                claim.speaker(),
                claim.appearances(),
                claim.claimDate(),
                claim.language(),
                claim.topics(),
                claim.context(),
                claim.status(),
                claim.verdict(),
                claim.retraction(),
                1,
                claim.createdAt(),
                claim.updatedAt(),
                claim.submittedBy(),
                claim.duplicateKey());
    }
}
