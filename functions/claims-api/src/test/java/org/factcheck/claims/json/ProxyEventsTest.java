package org.factcheck.claims.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ProxyEventsTest {
    private static final Path EVENTS = Path.of(System.getProperty("events.dir", "../../events"));

    @Test
    @SuppressWarnings("unchecked")
    void everyProxyEventReadsAsTheWholeParseGivesItLessTheUnreadParts() throws IOException {
        assumeTrue(
                Files.isDirectory(EVENTS),
                "events/ is not beside this module (a `sam build` copy): the events are not read");
        int proxyEvents = 0;
        try (Stream<Path> files = Files.list(EVENTS)) {
            for (Path file : files.sorted().toList()) {
                byte[] bytes = Files.readAllBytes(file);
                Map<String, Object> whole = (Map<String, Object>) Json.parse(new ByteArrayInputStream(bytes));
                if (!whole.containsKey("httpMethod")) continue;
                proxyEvents++;
                Map<String, Object> expected = new LinkedHashMap<>(whole);
                expected.remove("multiValueHeaders");
                expected.remove("stageVariables");
                if (expected.get("requestContext") instanceof Map<?, ?> context) {
                    Map<String, Object> kept = new LinkedHashMap<>((Map<String, Object>) context);
                    kept.remove("identity");
                    expected.put("requestContext", kept);
                }
                assertEquals(expected, ProxyEvents.parse(new ByteArrayInputStream(bytes)), file.toString());
            }
        }
        assertTrue(proxyEvents >= 15, "read the API's events");
    }

    @Test
    void aHeaderOrAuthorizerValueNamedLikeAnUnreadPartIsKept() {
        String event = "{\"headers\":{\"identity\":\"x\",\"stageVariables\":\"y\"},\"requestContext\":"
                + "{\"authorizer\":{\"identity\":\"z\",\"n\":12,\"big\":12345678901,\"f\":1.5,\"ok\":true,\"no\":null},"
                + "\"identity\":{\"sourceIp\":\"1.2.3.4\"}},\"multiValueHeaders\":{\"a\":[\"b\"]},\"body\":null,"
                + "\"isBase64Encoded\":false,\"list\":[1,\"two\",[]]}";
        Map<String, Object> parsed =
                ProxyEvents.parse(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)));

        assertEquals(Map.of("identity", "x", "stageVariables", "y"), parsed.get("headers"));
        Map<?, ?> context = (Map<?, ?>) parsed.get("requestContext");
        assertFalse(context.containsKey("identity"));
        Map<String, Object> authorizer = new LinkedHashMap<>();
        authorizer.put("identity", "z");
        authorizer.put("n", 12);
        authorizer.put("big", 12345678901L);
        authorizer.put("f", 1.5);
        authorizer.put("ok", true);
        authorizer.put("no", null);
        assertEquals(authorizer, context.get("authorizer"));
        assertEquals(
                Json.parse(new ByteArrayInputStream("{\"a\":[1,\"two\",[]]}".getBytes(StandardCharsets.UTF_8))),
                Map.of("a", parsed.get("list")));
        assertFalse(parsed.containsKey("multiValueHeaders"));
        assertTrue(parsed.containsKey("body"));
        assertEquals(false, parsed.get("isBase64Encoded"));
        assertEquals(List.of(1, "two", List.of()), parsed.get("list"));
    }
}
