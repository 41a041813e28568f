package org.factcheck.claims.store;

import java.util.Map;

/**
 * The first response to a request made with an idempotency key, kept for 24 hours.
 * {@code keyHash} is SHA-256 of the caller and the key; {@code requestHash} of the request.
 */
public record StoredResponse(
        String keyHash,
        String requestHash,
        int status,
        Map<String, String> headers,
        String body,
        long expiresAtEpochSeconds) {}
