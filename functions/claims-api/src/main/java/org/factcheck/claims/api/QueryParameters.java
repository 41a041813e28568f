package org.factcheck.claims.api;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
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
                throw Problem.invalidParameter(shorten(entry.getKey()), "is not a parameter of this route; allowed: " + allowed);
            }
            if (entry.getValue().size() > 1) throw Problem.invalidParameter(entry.getKey(), "must be given once");
        }
    }

    String text(String name, int maxLength) {
        String value = request.queryParameter(name);
        if (value == null) return null;
        if (value.isBlank()) throw Problem.invalidParameter(name, "must not be empty");
        if (value.length() > maxLength) throw Problem.invalidParameter(name, "must have at most " + maxLength + " characters");
        if (value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) throw Problem.invalidParameter(name, "must not contain control characters");
        return value;
    }

    <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        String value = text(name, 40);
        if (value == null) return null;
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw Problem.invalidParameter(name, "must be one of " + List.of(type.getEnumConstants()));
        }
    }

    /** An ISO-8601 date-time with offset, as a fixed-width UTC timestamp. */
    String timestamp(String name) {
        String value = text(name, 40);
        if (value == null) return null;
        try {
            return Timestamps.format(OffsetDateTime.parse(value).withOffsetSameInstant(ZoneOffset.UTC).toInstant());
        } catch (DateTimeParseException e) {
            throw Problem.invalidParameter(name, "must be an ISO-8601 date-time with offset, e.g. 2023-07-26T00:00:00Z");
        }
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
