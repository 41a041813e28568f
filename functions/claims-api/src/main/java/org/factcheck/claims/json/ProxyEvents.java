package org.factcheck.claims.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An API Gateway proxy event (trusted, from API Gateway) as maps and lists, without the
 * parts no handler reads: {@code multiValueHeaders} (the headers again), {@code
 * stageVariables} and {@code requestContext.identity}. Reading the whole event was a fifth
 * of our own time in a warm GET /claims/{claimId}; in AWS those parts are larger still.
 * Values are as {@link Json#parse(InputStream)} gives them.
 */
public final class ProxyEvents {
    private static final Set<String> UNREAD = Set.of("multiValueHeaders", "stageVariables");
    private static final Set<String> UNREAD_IN_CONTEXT = Set.of("identity");

    private ProxyEvents() {}

    public static Map<String, Object> parse(InputStream in) {
        try (JsonParser parser = Json.EVENT_FACTORY.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) throw new IOException("an event is a JSON object");
            return object(parser, UNREAD, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> object(JsonParser p, Set<String> unread, boolean top) throws IOException {
        Map<String, Object> map = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            if (unread.contains(name)) {
                p.skipChildren();
            } else if (top && name.equals("requestContext") && p.currentToken() == JsonToken.START_OBJECT) {
                map.put(name, object(p, UNREAD_IN_CONTEXT, false));
            } else {
                map.put(name, value(p));
            }
        }
        return map;
    }

    private static Object value(JsonParser p) throws IOException {
        return switch (p.currentToken()) {
            case START_OBJECT -> object(p, Set.of(), false);
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) list.add(value(p));
                yield list;
            }
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT -> p.getNumberValue();
            case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new IOException("unexpected " + p.currentToken());
        };
    }
}
