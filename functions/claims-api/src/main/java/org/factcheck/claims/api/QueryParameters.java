package org.factcheck.claims.api;

import java.util.Set;
import java.util.function.Function;
import org.factcheck.claims.domain.Enums;
import org.factcheck.claims.domain.JsonReader;
import org.factcheck.claims.domain.Timestamps;

/** Strict reading of query parameters: unknown or repeated ones are 400s, not ignored. */
final class QueryParameters {
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private final ApiRequest request;

    QueryParameters(ApiRequest request, Set<String> allowed) {
        this.request = request;
        for (var entry : request.query().entrySet()) {
            if (!allowed.contains(entry.getKey())) {
                throw Problem.invalidParameter(
                        shorten(entry.getKey()), "is not a parameter of this route; allowed: " + allowed);
            }
            if (entry.getValue().size() > 1) throw Problem.invalidParameter(entry.getKey(), "must be given once");
        }
    }

    String text(String name, int maxLength) {
        String value = request.queryParameter(name);
        if (value == null) return null;
        if (value.isBlank()) throw Problem.invalidParameter(name, "must not be empty");
        if (value.length() > maxLength)
            throw Problem.invalidParameter(name, "must have at most " + maxLength + " characters");
        if (value.chars()
                .anyMatch(c -> c < 0x20 || JsonReader.isControl((char) c) || JsonReader.isBidiControl((char) c))) {
            throw Problem.invalidParameter(name, "must not contain control characters or bidirectional overrides");
        }
        return value;
    }

    <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        return parsed(name, value -> Enums.parse(type, value), Enums.rule(type));
    }

    /** A date-time with offset, as a fixed-width UTC timestamp (see {@link Timestamps}). */
    String timestamp(String name) {
        return parsed(name, Timestamps::parseDateTime, Timestamps.DATE_TIME_RULE);
    }

    /** A parameter read by {@code parse}, the same readers as bodies use (null means invalid: {@code rule}). */
    private <T> T parsed(String name, Function<String, T> parse, String rule) {
        String value = text(name, 40);
        if (value == null) return null;
        T parsed = parse.apply(value);
        if (parsed == null) throw Problem.invalidParameter(name, rule);
        return parsed;
    }

    int limit() {
        String value = text("limit", 5);
        if (value == null) return DEFAULT_LIMIT;
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= MAX_LIMIT) return limit;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw Problem.invalidParameter("limit", "must be an integer from 1 to " + MAX_LIMIT);
    }

    private static String shorten(String name) {
        return name.length() > 40 ? name.substring(0, 40) + "…" : name;
    }
}
