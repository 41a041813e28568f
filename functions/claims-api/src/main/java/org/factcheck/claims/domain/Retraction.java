package org.factcheck.claims.domain;

public record Retraction(String reason, String at, Caller by) {}
