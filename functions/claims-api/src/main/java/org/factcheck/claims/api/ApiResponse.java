package org.factcheck.claims.api;

import java.util.LinkedHashMap;
import java.util.Map;

/** A proxy-integration response: status, headers and a text body. */
public record ApiResponse(int status, Map<String, String> headers, String body) {
    public static final String JSON = "application/json";
    public static final String PROBLEM_JSON = "application/problem+json";

    public static ApiResponse json(int status, String body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", JSON);
        return new ApiResponse(status, headers, body);
    }

    public static ApiResponse empty(int status) {
        return new ApiResponse(status, new LinkedHashMap<>(), null);
    }

    public ApiResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new ApiResponse(status, copy, body);
    }

    Map<String, Object> toEvent() {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("statusCode", status);
        event.put("headers", headers);
        event.put("body", body);
        event.put("isBase64Encoded", false);
        return event;
    }
}
