package org.factcheck.claims.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A stored claim. Optional fields are null when absent; {@code verdict} is null until rated.
 * {@code duplicateKey} (same statement by the same speaker) is computed once, when the claim
 * is submitted, and kept with it: statement and speaker never change.
 */
public record Claim(
        String id,
        String statement,
        Speaker speaker,
        List<Appearance> appearances,
        String claimDate,
        String language,
        List<String> topics,
        String context,
        ClaimStatus status,
        Verdict verdict,
        Retraction retraction,
        long version,
        String createdAt,
        String updatedAt,
        Caller submittedBy,
        String duplicateKey) {

    /** The strong entity tag of this version of the claim. */
    public String etag() {
        return "\"" + id + "." + version + "\"";
    }

    /** A new claim, as first stored. */
    public static Claim create(String id, NewClaim draft, String now, Caller submittedBy) {
        return new Claim(
                id,
                draft.statement(),
                draft.speaker(),
                draft.appearances(),
                draft.claimDate(),
                draft.language(),
                draft.topics(),
                draft.context(),
                ClaimStatus.UNVERIFIED,
                null,
                null,
                1,
                now,
                now,
                submittedBy,
                draft.duplicateKey());
    }

    /** This claim with more outlet reports, as one new version; the caller leaves out repeats. */
    public Claim withAppearances(List<Appearance> added, String now) {
        if (status == ClaimStatus.RETRACTED) throw new WorkflowException("the claim is retracted");
        if (appearances.size() + added.size() > ClaimInput.MAX_APPEARANCES) {
            throw new WorkflowException("a claim has at most " + ClaimInput.MAX_APPEARANCES + " appearances");
        }
        List<Appearance> more = new ArrayList<>(appearances);
        more.addAll(added);
        return next(List.copyOf(more), claimDate, topics, context, status, verdict, retraction, now);
    }

    /** Whether an appearance with the same outlet and url is recorded already. */
    public boolean hasAppearance(Appearance appearance) {
        return appearances.stream().anyMatch(appearance::sameReportAs);
    }

    /** This claim with a PATCH applied, following the status rules. */
    public Claim apply(ClaimPatch patch, String now, Caller by) {
        ClaimStatus newStatus = status;
        Retraction newRetraction = retraction;
        if (patch.status() != null && patch.status() != status) {
            if (!StatusTransition.allowed(status, patch.status())) {
                throw new WorkflowException("a claim that is " + status + " cannot become " + patch.status());
            }
            newStatus = patch.status();
            if (newStatus == ClaimStatus.RETRACTED) newRetraction = new Retraction(patch.reason(), now, by);
        } else if (status == ClaimStatus.RETRACTED) {
            throw new WorkflowException("the claim is retracted and can no longer change");
        }
        String newContext = patch.clearContext() ? null : patch.context() != null ? patch.context() : context;
        String newClaimDate = patch.clearClaimDate() ? null : patch.claimDate() != null ? patch.claimDate() : claimDate;
        List<String> newTopics = patch.topics() != null ? patch.topics() : topics;
        return next(appearances, newClaimDate, newTopics, newContext, newStatus, verdict, newRetraction, now);
    }

    /** The verdict {@code draft} as this claim's next revision, published by {@code by} at {@code now}. */
    public Verdict nextVerdict(String verdictId, NewVerdict draft, Caller by, String now) {
        return new Verdict(
                verdictId,
                nextRevision(),
                draft.rating(),
                draft.textualRating(),
                draft.summary(),
                draft.evidence(),
                draft.reviewUrl(),
                by,
                now);
    }

    /** This claim rated by a newly published verdict. */
    public Claim withVerdict(Verdict published, String now) {
        if (!StatusTransition.verdictAllowed(status)) {
            throw new WorkflowException(
                    status == ClaimStatus.RETRACTED
                            ? "the claim is retracted"
                            : "a claim that is " + status + " must be IN_REVIEW before a verdict is published");
        }
        return next(appearances, claimDate, topics, context, ClaimStatus.RATED, published, retraction, now);
    }

    /** The next version of this claim with the fields that may change; id, statement and speaker never do. */
    private Claim next(
            List<Appearance> appearances,
            String claimDate,
            List<String> topics,
            String context,
            ClaimStatus status,
            Verdict verdict,
            Retraction retraction,
            String now) {
        return new Claim(
                id,
                statement,
                speaker,
                appearances,
                claimDate,
                language,
                topics,
                context,
                status,
                verdict,
                retraction,
                version + 1,
                createdAt,
                now,
                submittedBy,
                duplicateKey);
    }

    /** The revision number the next verdict gets. */
    public int nextRevision() {
        return verdict == null ? 1 : verdict.revision() + 1;
    }
}
