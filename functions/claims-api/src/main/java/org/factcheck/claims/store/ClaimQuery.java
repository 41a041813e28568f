package org.factcheck.claims.store;

import org.factcheck.claims.domain.ClaimStatus;
import org.factcheck.claims.domain.Rating;

/**
 * Filters of GET /claims. Names are already normalized; {@code since} is a fixed-width
 * UTC timestamp. Any may be null.
 */
public record ClaimQuery(
        ClaimStatus status, Rating rating, String speaker, String outlet, String since, int limit, String cursor) {}
