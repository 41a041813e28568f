package org.factcheck.claims.domain;

import java.util.List;

/**
 * A validated PATCH: a status transition and/or edits. A field that is absent is left
 * alone; {@code clearContext} and {@code clearClaimDate} record an explicit null.
 */
public record ClaimPatch(
        ClaimStatus status,
        String reason,
        String context,
        boolean clearContext,
        List<String> topics,
        String claimDate,
        boolean clearClaimDate) {}
