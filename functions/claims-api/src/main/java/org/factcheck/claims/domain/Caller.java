package org.factcheck.claims.domain;

/**
 * Who made a change: the API key ({@code keyId}, the identity) and its owner label (for
 * display only; several keys may share one). {@code keyId} is null on records stored
 * before key ids were recorded.
 */
public record Caller(String keyId, String owner) {}
