package org.factcheck.claims.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void writesControlCharactersAndLineSeparatorsEscapedAndNullsAsNull() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("text", "a\u0001b\u2028c\u2029d");
        value.put("none", null);
        String text = Json.write(value);
        // A log line (or a script holding the JSON) must not break at U+2028 or U+2029.
        assertEquals("{\"text\":\"a\\u0001b\\u2028c\\u2029d\",\"none\":null}", text);
        assertEquals(value, Json.parse(text));
    }

    @Test
    void parsesOneValue() {
        assertEquals(Map.of("a", 1), Json.parse("{\"a\":1}"));
    }

    @Test
    void rejectsTrailingDataDuplicateKeysAndDeepNesting() {
        assertThrows(Json.MalformedJsonException.class, () -> Json.parse("{\"a\":1} {}"));
        assertThrows(Json.MalformedJsonException.class, () -> Json.parse("{\"a\":1,\"a\":2}"));
        assertThrows(Json.MalformedJsonException.class, () -> Json.parse("[".repeat(100) + "]".repeat(100)));
        assertThrows(Json.MalformedJsonException.class, () -> Json.parse("{\"a\":"));
        assertThrows(Json.MalformedJsonException.class, () -> Json.parse("1" + "0".repeat(200)));
    }

    @Test
    void anEventWithABodyOverTheBodyLimitStillParses() {
        String body = "x".repeat(10 << 20);
        Object event =
                Json.parse(new ByteArrayInputStream(("{\"body\":\"" + body + "\"}").getBytes(StandardCharsets.UTF_8)));
        assertEquals(body.length(), ((String) ((Map<?, ?>) event).get("body")).length());
        assertThrows(Json.MalformedJsonException.class, () -> Json.parse("\"" + "x".repeat((1 << 20) + 1) + "\""));
    }
}
