package org.factcheck.claims.domain;

import java.util.List;

/** A validated submission of a claim. */
public record NewClaim(
        String statement,
        Speaker speaker,
        List<Appearance> appearances,
        String claimDate,
        String language,
        List<String> topics,
        String context) {}
