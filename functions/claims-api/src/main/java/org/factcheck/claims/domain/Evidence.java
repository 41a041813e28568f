package org.factcheck.claims.domain;

public record Evidence(String url, String title) {}
