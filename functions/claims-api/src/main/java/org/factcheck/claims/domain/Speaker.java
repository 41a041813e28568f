package org.factcheck.claims.domain;

/** Who said it. {@code title} and {@code wikidataId} may be null. */
public record Speaker(String name, String title, String wikidataId) {}
