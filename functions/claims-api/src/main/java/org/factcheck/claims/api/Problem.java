package org.factcheck.claims.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factcheck.claims.domain.FieldError;
import org.factcheck.claims.json.Json;

/**
 * An RFC 9457 problem. Throw it from a handler; {@link ApiHandler} turns it into
 * an {@code application/problem+json} response.
 */
public final class Problem extends RuntimeException {
    private static final String TYPE_BASE = "https://factcheck.example/problems/";

    private final int status;
    private final String type;
    private final String title;
    private final Map<String, Object> extensions = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();

    public Problem(int status, String type, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    public Problem with(String member, Object value) {
        extensions.put(member, value);
        return this;
    }

    public Problem header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    public static Problem badRequest(String detail) {
        return new Problem(400, "bad-request", "Bad request", detail);
    }

    public static Problem malformedJson(String detail) {
        return new Problem(400, "malformed-json", "Malformed JSON", detail);
    }

    public static Problem validation(List<FieldError> errors) {
        List<Map<String, String>> list = errors.stream()
                .map(e -> Map.of("pointer", e.pointer(), "message", e.message()))
                .toList();
        FieldError first = errors.getFirst();
        return new Problem(
                        400,
                        "validation",
                        "Invalid request",
                        errors.size() == 1
                                ? (first.pointer().isEmpty() ? "the body" : first.pointer()) + " " + first.message()
                                : errors.size() + " fields are invalid")
                .with("errors", list);
    }

    public static Problem notFound(String detail) {
        return new Problem(404, "not-found", "Not found", detail);
    }

    public static Problem conflict(String type, String title, String detail) {
        return new Problem(409, type, title, detail);
    }

    public static Problem invalidParameter(String parameter, String message) {
        return new Problem(400, "invalid-parameter", "Invalid query parameter", parameter + " " + message)
                .with("errors", List.of(Map.of("parameter", parameter, "message", message)));
    }

    public static Problem invalidCursor() {
        return invalidParameter("cursor", "is not a cursor this API issued for this query");
    }

    public static Problem workflow(String detail) {
        return new Problem(409, "invalid-transition", "Not allowed in the claim's current status", detail);
    }

    /** {@code currentEtag} may be null when the claim changed after it was read. */
    public static Problem preconditionFailed(String currentEtag) {
        Problem problem = new Problem(
                412,
                "precondition-failed",
                "Precondition failed",
                "the claim has changed since the ETag given in If-Match; read it again and retry");
        return currentEtag == null ? problem : problem.with("currentETag", currentEtag);
    }

    public static Problem preconditionRequired() {
        return new Problem(
                428,
                "precondition-required",
                "Precondition required",
                "send If-Match with the claim's current ETag, so a concurrent change is not lost");
    }

    public static Problem wildcardPrecondition() {
        return new Problem(
                428,
                "precondition-required",
                "Precondition required",
                "If-Match: * is not accepted here; send the claim's current ETag, so a concurrent change is not lost");
    }

    public static Problem idempotencyKeyReused() {
        return new Problem(
                422,
                "idempotency-key-reused",
                "Idempotency key reused",
                "this Idempotency-Key was used for a different request in the last 24 hours");
    }

    public static Problem unsupportedMediaType(String detail) {
        return new Problem(415, "unsupported-media-type", "Unsupported media type", detail);
    }

    public static Problem tooLarge(String detail) {
        return new Problem(413, "payload-too-large", "Payload too large", detail);
    }

    public static Problem unavailable() {
        return new Problem(
                        503,
                        "unavailable",
                        "Service unavailable",
                        "the database is unavailable or throttling; retry later, with the same Idempotency-Key if one was sent")
                .header("Retry-After", "1");
    }

    public static Problem internal(String requestId) {
        return new Problem(
                500, "internal", "Internal error", "an unexpected error occurred; quote request id " + requestId);
    }

    public ApiResponse toResponse() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_BASE + type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", getMessage());
        body.putAll(extensions);
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Type", ApiResponse.PROBLEM_JSON);
        h.putAll(headers);
        return new ApiResponse(status, h, Json.write(body));
    }
}
