package org.factcheck.claims.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.BiFunction;
import org.factcheck.claims.domain.JsonReader;
import org.factcheck.claims.domain.ValidationException;
import org.factcheck.claims.domain.WorkflowException;
import org.factcheck.claims.json.Json;
import org.factcheck.claims.json.Json.MalformedJsonException;
import org.factcheck.claims.json.ProxyEvents;
import org.factcheck.claims.store.InvalidCursorException;
import org.factcheck.claims.store.RequestRejectedException;
import org.factcheck.claims.store.StoreUnavailableException;
import org.factcheck.claims.store.WriteTooLargeException;
import org.factcheck.claims.telemetry.Invocation;

/**
 * The shared edge of every API function: reads the API Gateway proxy event from the
 * stream (no reflection-based event binding), runs the operation, and maps failures to
 * RFC 9457 problems. Subclasses parse, call the store and map the result.
 */
public abstract class ApiHandler implements RequestStreamHandler {
    /** Largest accepted request body, in bytes of UTF-8. */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    protected abstract ApiResponse handle(ApiRequest request);

    @Override
    public final void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        try (Invocation invocation = Invocation.start(context)) {
            ApiRequest request = ApiRequest.fromEvent(ProxyEvents.parse(input));
            ApiResponse response = respond(request);
            output.write(Json.write(response.toEvent()).getBytes(StandardCharsets.UTF_8));
            Object keyId = request.authorizer().get("keyId");
            invocation.finish(
                    route(request),
                    response.status(),
                    keyId == null ? null : keyId.toString(),
                    "true".equals(response.headers().get("Idempotent-Replayed")),
                    request.requestId());
        }
    }

    private ApiResponse respond(ApiRequest request) {
        try {
            Access.check(request);
            return handle(request);
        } catch (Problem problem) {
            return problem.toResponse();
        } catch (ValidationException e) {
            return Problem.validation(e.errors()).toResponse();
        } catch (MalformedJsonException e) {
            return Problem.malformedJson(e.getMessage()).toResponse();
        } catch (WorkflowException e) {
            return Problem.workflow(e.getMessage()).toResponse();
        } catch (InvalidCursorException e) {
            return Problem.invalidCursor().toResponse();
        } catch (WriteTooLargeException e) {
            return Problem.tooLarge(e.getMessage()).toResponse();
        } catch (RequestRejectedException e) {
            log(request, 400, e); // a check of ours is missing: a bug, but the client's input
            return Problem.badRequest("the request was refused as invalid (a value may be too large once normalized)")
                    .toResponse();
        } catch (StoreUnavailableException e) {
            log(request, 503, e);
            return Problem.unavailable().toResponse();
        } catch (RuntimeException e) {
            log(request, 500, e);
            return Problem.internal(request.requestId()).toResponse();
        }
    }

    /**
     * The request body as parsed JSON, after the checks every write shares: a JSON
     * content type (415), at most {@link #MAX_BODY_BYTES} (413), valid UTF-8 and
     * well-formed JSON (400).
     */
    private static Object jsonBody(ApiRequest request) {
        String contentType = request.header("Content-Type");
        String mediaType =
                contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("application/json")
                && !(mediaType.startsWith("application/") && mediaType.endsWith("+json"))) {
            throw Problem.unsupportedMediaType("send the body as application/json");
        }
        String body = request.body();
        if (body == null || body.isBlank()) throw Problem.malformedJson("the request body is empty");
        if (body.length() > MAX_BODY_BYTES || body.getBytes(StandardCharsets.UTF_8).length > MAX_BODY_BYTES) {
            throw Problem.tooLarge("the body must be at most " + MAX_BODY_BYTES + " bytes");
        }
        if (!request.bodyIsValidUtf8()) throw Problem.badRequest("the body is not valid UTF-8");
        return Json.parse(body);
    }

    /** The body read by a domain reader; every field error at once is a 400 (problem+json). */
    protected static <T> T readBody(ApiRequest request, BiFunction<Object, JsonReader, T> read) {
        JsonReader in = new JsonReader();
        T value = read.apply(jsonBody(request), in);
        in.throwIfInvalid();
        return value;
    }

    /** An ERROR line for a fault; never headers or bodies, which may hold secrets. */
    private static void log(ApiRequest request, int status, Exception e) {
        Invocation.fault(route(request), status, request.requestId(), e);
    }

    private static String route(ApiRequest request) {
        return request.method() + " " + request.resource();
    }
}
