package org.factcheck.claims.domain;

/** Who said it. {@code title} and {@code wikidataId} may be null; {@code type} never is. */
public record Speaker(String name, String title, String wikidataId, SpeakerType type) {}
