package org.factcheck.claims.local;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads CloudFormation YAML into maps and lists, turning short-form intrinsic tags
 * into their long form: {@code !Ref X} becomes {@code {"Ref": "X"}}, {@code !GetAtt A.B}
 * becomes {@code {"Fn::GetAtt": "A.B"}}, and so on.
 */
public final class CloudFormationYaml {
    private CloudFormationYaml() {}

    @SuppressWarnings("unchecked")
    public static Map<String, Object> read(Path file) {
        try (YAMLParser parser = new YAMLFactory().createParser(file.toFile())) {
            parser.nextToken();
            return (Map<String, Object>) value(parser);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static Object value(YAMLParser parser) throws IOException {
        String tag = parser.getTypeId();
        JsonToken token = parser.currentToken();
        Object value = switch (token) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    map.put(name, value(parser));
                }
                yield map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) list.add(value(parser));
                yield list;
            }
            case VALUE_NULL -> null;
            default -> parser.getText();
        };
        if (tag == null || tag.startsWith("tag:yaml.org")) return value;
        String function = tag.startsWith("!") ? tag.substring(1) : tag;
        return Map.of(function.equals("Ref") || function.equals("Condition") ? function : "Fn::" + function, value);
    }
}
