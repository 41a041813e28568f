package org.factcheck.claims.store;

import java.time.Instant;

/**
 * A page of the change feed: after {@code cursor} (null: the oldest kept), at most
 * {@code limit} events of {@code type} and {@code claimId} (null: any), only events whose
 * id time is before {@code settledBefore}.
 */
public record ChangeQuery(String cursor, int limit, String type, String claimId, Instant settledBefore) {}
