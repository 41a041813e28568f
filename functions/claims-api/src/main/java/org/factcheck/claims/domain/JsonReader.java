package org.factcheck.claims.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads fields from a parsed JSON object (maps, lists, strings, numbers) and
 * collects every problem with its JSON Pointer, so one response lists them all.
 */
public final class JsonReader {
    private static final Pattern BCP47 = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    private final List<FieldError> errors = new ArrayList<>();

    /** Fails with every collected error, if there are any. */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) throw new ValidationException(errors);
    }

    public void error(String pointer, String message) {
        errors.add(new FieldError(pointer, message));
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The value as an object, or null (with an error) when it is not one. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> object(Object value, String pointer, Set<String> allowed) {
        if (!(value instanceof Map<?, ?> map)) {
            error(pointer.isEmpty() ? "" : pointer, "must be a JSON object");
            return null;
        }
        for (Object key : map.keySet()) {
            if (!allowed.contains(key)) error(pointer + "/" + escape((String) key), "unknown field");
        }
        return (Map<String, Object>) map;
    }

    /** A required or optional string, stripped, with a length range in code points. */
    public String string(Map<String, Object> obj, String field, String pointer, boolean required, int min, int max) {
        String at = pointer + "/" + field;
        Object value = obj.get(field);
        if (value == null) {
            if (required) error(at, obj.containsKey(field) ? "must not be null" : "is required");
            return null;
        }
        return checkString(value, at, min, max);
    }

    public String checkString(Object value, String at, int min, int max) {
        if (!(value instanceof String s)) {
            error(at, "must be a string");
            return null;
        }
        String stripped = s.strip();
        int length = stripped.codePointCount(0, stripped.length());
        if (length < min) {
            error(at, min == 1 ? "must not be blank" : "must have at least " + min + " characters");
            return null;
        }
        if (length > max) {
            error(at, "must have at most " + max + " characters");
            return null;
        }
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (isControl(c) || Character.isSurrogate(c) && !validSurrogate(stripped, i)) {
                error(at, "must not contain control characters (other than newline and tab)");
                return null;
            }
            if (isBidiControl(c)) {
                error(at, "must not contain bidirectional overrides or isolates (U+202A–U+202E, U+2066–U+2069)");
                return null;
            }
            if (Character.isHighSurrogate(c)) i++;
        }
        return stripped;
    }

    /** C0 and C1 control characters and DEL, except newline and tab. */
    public static boolean isControl(char c) {
        return c < 0x20 && c != '\n' && c != '\t' || c >= 0x7f && c <= 0x9f;
    }

    /** Characters that can make published text display in another order than it is stored (Trojan Source). */
    public static boolean isBidiControl(char c) {
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }

    private static boolean validSurrogate(String s, int i) {
        return Character.isHighSurrogate(s.charAt(i))
                && i + 1 < s.length()
                && Character.isLowSurrogate(s.charAt(i + 1));
    }

    public String url(Map<String, Object> obj, String field, String pointer, boolean required) {
        String value = string(obj, field, pointer, required, 1, 2000);
        if (value == null) return null;
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            if (uri.isAbsolute()
                    && uri.getHost() != null
                    && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
                if (uri.getRawUserInfo() == null) return value;
                // https://good.example@evil.example/ reads as good.example but leads to evil.example
                error(pointer + "/" + field, "must not contain user information (user@host)");
                return null;
            }
        } catch (URISyntaxException ignored) {
            // reported below
        }
        error(pointer + "/" + field, "must be an absolute http or https URL");
        return null;
    }

    /** A date-time with offset, returned as a fixed-width UTC timestamp (see {@link Timestamps}). */
    public String timestamp(Map<String, Object> obj, String field, String pointer) {
        return parsed(obj, field, pointer, false, 40, Timestamps::parseDateTime, Timestamps.DATE_TIME_RULE);
    }

    public String date(Map<String, Object> obj, String field, String pointer) {
        return parsed(obj, field, pointer, false, 10, Timestamps::parseDate, Timestamps.DATE_RULE);
    }

    /** A string field read by {@code parse} (null when invalid, reported as {@code rule}). */
    private <T> T parsed(
            Map<String, Object> obj,
            String field,
            String pointer,
            boolean required,
            int maxLength,
            Function<String, T> parse,
            String rule) {
        String value = string(obj, field, pointer, required, 1, maxLength);
        if (value == null) return null;
        T parsed = parse.apply(value);
        if (parsed == null) error(pointer + "/" + field, rule);
        return parsed;
    }

    public String language(Map<String, Object> obj, String field, String pointer) {
        String value = string(obj, field, pointer, false, 2, 35);
        if (value == null) return obj.get(field) == null ? "en" : null; // absent or null: the default
        if (!BCP47.matcher(value).matches()) {
            error(pointer + "/" + field, "must be a BCP 47 language tag, e.g. en or pt-BR");
            return null;
        }
        return value;
    }

    /** A list, or null (with an error) when present but not a list or out of range. */
    @SuppressWarnings("unchecked")
    public List<Object> list(
            Map<String, Object> obj, String field, String pointer, boolean required, int min, int max) {
        String at = pointer + "/" + field;
        Object value = obj.get(field);
        if (value == null) {
            if (required) error(at, obj.containsKey(field) ? "must not be null" : "is required");
            return null;
        }
        if (!(value instanceof List<?> list)) {
            error(at, "must be an array");
            return null;
        }
        if (list.size() < min) error(at, "must have at least " + min + " item(s)");
        if (list.size() > max) {
            error(at, "must have at most " + max + " items");
            return null;
        }
        return (List<Object>) list;
    }

    public <E extends Enum<E>> E enumValue(
            Map<String, Object> obj, String field, String pointer, Class<E> type, boolean required) {
        return parsed(obj, field, pointer, required, 40, name -> Enums.parse(type, name), Enums.rule(type));
    }

    /** Escapes a key for use in a JSON Pointer (RFC 6901). */
    public static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
