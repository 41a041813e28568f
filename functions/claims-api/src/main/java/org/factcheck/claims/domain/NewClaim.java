package org.factcheck.claims.domain;

import java.util.List;

/**
 * A submission of a claim, with its duplicate key ({@link TextNormalizer#duplicateKey}),
 * computed once when it is read. Speaker, statement and key are null in an invalid one.
 */
public record NewClaim(
        String statement,
        Speaker speaker,
        List<Appearance> appearances,
        String claimDate,
        String language,
        List<String> topics,
        String context,
        String duplicateKey) {}
