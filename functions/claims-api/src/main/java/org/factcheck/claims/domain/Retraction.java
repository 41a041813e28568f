package org.factcheck.claims.domain;

public record Retraction(String reason, String at, String by) {}
