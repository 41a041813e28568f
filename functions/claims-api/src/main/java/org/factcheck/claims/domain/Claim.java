package org.factcheck.claims.domain;

import java.util.List;

/** A stored claim. Optional fields are null when absent; {@code verdict} is null until rated. */
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
        String submittedBy) {

    /** The strong entity tag of this version of the claim. */
    public String etag() {
        return "\"" + id + "." + version + "\"";
    }

    /** A new claim, as first stored. */
    public static Claim create(String id, NewClaim draft, String now, String submittedBy) {
        return new Claim(id, draft.statement(), draft.speaker(), draft.appearances(), draft.claimDate(),
                draft.language(), draft.topics(), draft.context(), ClaimStatus.UNVERIFIED, null, null,
                1, now, now, submittedBy);
    }

    /** The key that identifies the same statement by the same speaker. */
    public String duplicateKey() {
        return TextNormalizer.duplicateKey(speaker.name(), statement);
    }
}
