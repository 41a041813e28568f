package org.factcheck.claims.api;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.factcheck.claims.domain.Caller;

/** The parts of an API Gateway (REST, proxy integration) event that handlers use. */
public record ApiRequest(
        String method,
        String resource,
        Map<String, String> pathParameters,
        Map<String, List<String>> query,
        Map<String, String> headers,
        String body,
        boolean bodyIsValidUtf8,
        String requestId,
        String fullPath,
        Map<String, Object> authorizer) {

    @SuppressWarnings("unchecked")
    public static ApiRequest fromEvent(Map<String, Object> event) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, String> rawHeaders = (Map<String, String>) event.get("headers");
        if (rawHeaders != null) headers.putAll(rawHeaders);

        Map<String, List<String>> query = (Map<String, List<String>>) event.get("multiValueQueryStringParameters");
        if (query == null) {
            Map<String, String> single = (Map<String, String>) event.get("queryStringParameters");
            Map<String, List<String>> fromSingle = new TreeMap<>();
            if (single != null) single.forEach((k, v) -> fromSingle.put(k, List.of(v)));
            query = fromSingle;
        }

        Map<String, String> path = (Map<String, String>) event.get("pathParameters");
        Map<String, Object> context = (Map<String, Object>) event.get("requestContext");
        Map<String, Object> authorizer = context == null ? null : (Map<String, Object>) context.get("authorizer");
        String requestId = context == null ? null : (String) context.get("requestId");
        // requestContext.path includes the stage ("/Prod/claims"), so links built from it resolve.
        String fullPath = context != null && context.get("path") != null
                ? (String) context.get("path")
                : (String) event.get("path");

        String body = (String) event.get("body");
        boolean valid = true;
        if (body != null && Boolean.TRUE.equals(event.get("isBase64Encoded"))) {
            try {
                body = StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(Base64.getDecoder().decode(body)))
                        .toString();
            } catch (CharacterCodingException | IllegalArgumentException e) {
                valid = false;
            }
        }
        return new ApiRequest(
                ((String) event.getOrDefault("httpMethod", "GET")).toUpperCase(Locale.ROOT),
                (String) event.get("resource"),
                path == null ? Map.of() : path,
                query,
                headers,
                body,
                valid,
                requestId,
                fullPath == null ? "" : fullPath,
                authorizer == null ? Map.of() : authorizer);
    }

    public String header(String name) {
        return headers.get(name);
    }

    public String pathParameter(String name) {
        return pathParameters.get(name);
    }

    /** The first value of a query parameter, or null. */
    public String queryParameter(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    /** The caller's identity, the key id the authorizer established; {@link Access} ensures there is one. */
    public String principal() {
        return String.valueOf(authorizer.get("keyId"));
    }

    /** The caller for audit fields: the key id, and the key's owner label for display. */
    public Caller caller() {
        Object owner = authorizer.get("owner");
        return new Caller(principal(), owner == null ? principal() : owner.toString());
    }
}
