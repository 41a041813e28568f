package org.factcheck.claims.telemetry;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.LambdaRuntime;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import java.util.LinkedHashMap;
import java.util.Map;
import org.factcheck.claims.json.Json;

/**
 * The log lines of the functions, written through the Lambda logger so that the JSON log
 * format adds the timestamp, the level and the Lambda request id. The lines hold ids,
 * routes, statuses and exception messages only: never headers, bodies, keys or hashes.
 */
public final class RequestLog {
    private RequestLog() {}

    /** The invocation's logger; the runtime's own when there is no context (a bare test call). */
    public static LambdaLogger logger(Context context) {
        return context == null || context.getLogger() == null ? LambdaRuntime.getLogger() : context.getLogger();
    }

    /** One line per API request. {@code keyId} is the authorizer's, never the key itself. */
    public static String requestLine(
            String route, int status, long latencyMs, String keyId, boolean replayed, String apiRequestId) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("type", "request");
        line.put("route", route);
        line.put("status", status);
        line.put("latencyMs", latencyMs);
        line.put("keyId", keyId);
        line.put("replayed", replayed);
        line.put("apiRequestId", apiRequestId);
        return Json.write(line);
    }

    /** A 5xx: the exception's class and message, which name no header or body. */
    public static String faultLine(String route, int status, String apiRequestId, Throwable e) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("type", "fault");
        line.put("route", route);
        line.put("status", status);
        line.put("apiRequestId", apiRequestId);
        line.put("error", e.getClass().getName());
        line.put("message", String.valueOf(e.getMessage()));
        return Json.write(line);
    }

    /** The authorizer's decision; {@code keyId} when the header held a well-formed key. */
    public static String decisionLine(boolean allowed, String keyId, String role) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("type", "authorizer");
        line.put("decision", allowed ? "allow" : "deny");
        line.put("keyId", keyId);
        line.put("role", role);
        return Json.write(line);
    }

    /**
     * Priming before a SnapStart snapshot (priming/): one line per function, never a request
     * line or a metric, so the runs are not counted as traffic. {@code failure} is null when it ran.
     */
    public static String primingLine(String function, int runs, long ms, String failure) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("type", "priming");
        line.put("function", function);
        line.put("runs", runs);
        line.put("ms", ms);
        if (failure != null) line.put("failure", failure);
        return Json.write(line);
    }

    public static void info(LambdaLogger logger, String line) {
        logger.log(line, LogLevel.INFO);
    }

    public static void error(LambdaLogger logger, String line) {
        logger.log(line, LogLevel.ERROR);
    }
}
