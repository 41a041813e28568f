package org.factcheck.claims.store;

import java.util.List;

/**
 * One change, stored in the same transaction as the change (a transactional outbox).
 * {@code body} is the JSON {"type", "timestamp", "data"} exactly as a webhook sends it;
 * the other fields are what subscriptions match on. {@code previousStatus} is set for
 * claim.updated and claim.retracted, {@code rating} when the claim has a verdict.
 */
public record ChangeEvent(
        String id,
        String type,
        String timestamp,
        String claimId,
        String speaker,
        List<String> outlets,
        String status,
        String previousStatus,
        String rating,
        String body) {}
