package org.factcheck.claims.domain;

/** One problem in a request body: where (a JSON Pointer) and what. */
public record FieldError(String pointer, String message) {}
