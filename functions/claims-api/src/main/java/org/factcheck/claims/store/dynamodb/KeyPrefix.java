package org.factcheck.claims.store.dynamodb;

/** The fixed start of one item kind's key values: {@code CLAIM#} in {@code CLAIM#<id>}. */
record KeyPrefix(String text) {
    /** The key value made of the prefix and {@code rest}. */
    String of(String rest) {
        return text + rest;
    }

    /** Whether {@code value} is one of this kind's key values. */
    boolean matches(String value) {
        return value != null && value.startsWith(text);
    }

    /** What follows the prefix in {@code value}; null when {@code value} is not one of this kind's. */
    String rest(String value) {
        return matches(value) ? value.substring(text.length()) : null;
    }
}
