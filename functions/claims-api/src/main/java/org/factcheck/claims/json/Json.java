package org.factcheck.claims.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The one JSON codec: strict on input (duplicate keys, trailing data, depth), ordered on output. */
public final class Json {
    private static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(32)
                    .maxNumberLength(100)
                    .maxStringLength(1 << 20)
                    .build())
            .build();
    private static final JSON CODEC = JSON.builder(FACTORY)
            .enable(JSON.Feature.PRESERVE_FIELD_ORDERING)
            .enable(JSON.Feature.WRITE_NULL_PROPERTIES)
            .build();
    /**
     * For Lambda events (here and {@link ProxyEvents}), whose body string can be as large as
     * API Gateway lets through (10 MB, a third more when base64-encoded): they must parse so
     * the handler can answer 413 for the body instead of failing on the event.
     */
    static final JsonFactory EVENT_FACTORY = JsonFactory.builder()
            .streamReadConstraints(
                    StreamReadConstraints.builder().maxStringLength(32 << 20).build())
            .build();

    private static final JSON EVENT_CODEC = JSON.builder(EVENT_FACTORY)
            .enable(JSON.Feature.PRESERVE_FIELD_ORDERING)
            .build();

    private Json() {}

    /** Parses one JSON value; anything after it, or malformed input, is a {@link MalformedJsonException}. */
    public static Object parse(String text) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            Object value = CODEC.anyFrom(parser);
            if (parser.nextToken() != null) throw new MalformedJsonException("unexpected data after the JSON value");
            return value;
        } catch (JsonProcessingException e) {
            throw new MalformedJsonException(firstLine(String.valueOf(e.getOriginalMessage())));
        } catch (IOException e) {
            throw new MalformedJsonException("malformed JSON");
        }
    }

    /** Parses a Lambda event (trusted, from API Gateway or Lambda itself). */
    public static Object parse(InputStream in) {
        try {
            return EVENT_CODEC.anyFrom(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes maps and lists (in their order); null values are written as null. For responses and log lines. */
    public static String write(Object value) {
        try {
            return escapeLineSeparators(CODEC.asString(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /**
     * U+2028 and U+2029 escaped too: a log line, or a script that holds the JSON, must not
     * break at them (JSON allows them raw; JavaScript and log readers do not). Raw, they can
     * only stand inside a string, so replacing them in the text is exact. Done here rather
     * than by Jackson's CharacterEscapes, which asked about every non-ASCII character.
     */
    private static String escapeLineSeparators(String json) {
        if (json.indexOf('\u2028') < 0 && json.indexOf('\u2029') < 0) return json;
        return json.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    /** Input that is not well-formed JSON. */
    public static final class MalformedJsonException extends RuntimeException {
        public MalformedJsonException(String message) {
            super(message, null, false, false);
        }
    }
}
