package org.factcheck.claims.local;

import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds API Gateway REST proxy-integration events the way API Gateway does. */
public final class ProxyEvents {
    private ProxyEvents() {}

    /** An incoming HTTP request, before routing. */
    public record HttpRequest(
            String method,
            String path,
            String rawQuery,
            Map<String, List<String>> headers,
            byte[] body,
            String sourceIp) {}

    public static Map<String, Object> build(
            HttpRequest http,
            SamTemplate.Route route,
            Map<String, String> pathParameters,
            String requestId,
            Map<String, Object> authorizer) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("resource", route.path());
        event.put("path", http.path());
        event.put("httpMethod", http.method());

        Map<String, String> headers = new LinkedHashMap<>();
        Map<String, List<String>> multiHeaders = new LinkedHashMap<>();
        http.headers().forEach((name, values) -> {
            headers.put(name, values.getLast());
            multiHeaders.put(name, values);
        });
        event.put("headers", headers.isEmpty() ? null : headers);
        event.put("multiValueHeaders", multiHeaders.isEmpty() ? null : multiHeaders);

        Map<String, List<String>> query = parseQuery(http.rawQuery());
        Map<String, String> single = new LinkedHashMap<>();
        query.forEach((k, v) -> single.put(k, v.getLast()));
        event.put("queryStringParameters", single.isEmpty() ? null : single);
        event.put("multiValueQueryStringParameters", query.isEmpty() ? null : query);
        event.put("pathParameters", pathParameters.isEmpty() ? null : pathParameters);
        event.put("stageVariables", null);

        Map<String, Object> context = new LinkedHashMap<>();
        context.put("resourceId", "local");
        context.put("resourcePath", route.path());
        context.put("httpMethod", http.method());
        context.put("path", http.path());
        context.put("stage", "local");
        context.put("accountId", "000000000000");
        context.put("apiId", "local");
        context.put("protocol", "HTTP/1.1");
        context.put("requestId", requestId);
        context.put("requestTime", Instant.now().toString());
        context.put("requestTimeEpoch", System.currentTimeMillis());
        context.put("domainName", "127.0.0.1");
        Map<String, Object> identity = new LinkedHashMap<>();
        identity.put("sourceIp", http.sourceIp());
        identity.put("userAgent", headers.get("User-Agent"));
        context.put("identity", identity);
        if (authorizer != null) context.put("authorizer", authorizer);
        event.put("requestContext", context);

        putBody(event, http.body());
        return event;
    }

    /** Text bodies pass as they are; bytes that are not UTF-8 pass base64-encoded, as with binary media types. */
    private static void putBody(Map<String, Object> event, byte[] body) {
        if (body == null || body.length == 0) {
            event.put("body", null);
            event.put("isBase64Encoded", false);
            return;
        }
        try {
            event.put(
                    "body",
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(body))
                            .toString());
            event.put("isBase64Encoded", false);
        } catch (CharacterCodingException e) {
            event.put("body", Base64.getEncoder().encodeToString(body));
            event.put("isBase64Encoded", true);
        }
    }

    static Map<String, List<String>> parseQuery(String rawQuery) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) return query;
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            query.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return query;
    }

    static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text; // API Gateway passes malformed escapes through as they are
        }
    }
}
