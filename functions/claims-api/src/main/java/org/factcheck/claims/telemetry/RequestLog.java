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

    /** A line of this type; its fields follow in the order given. */
    public static Line line(String type) {
        return new Line(type);
    }

    /** The one way a line is written: a JSON object, "type" first. */
    public static final class Line {
        private final Map<String, Object> fields = new LinkedHashMap<>();

        private Line(String type) {
            fields.put("type", type);
        }

        /** Left out when null, so an absent id and a missing field read the same. */
        public Line with(String name, Object value) {
            if (value != null) fields.put(name, value);
            return this;
        }

        public String write() {
            return Json.write(fields);
        }
    }

    /** One line per API request. {@code keyId} is the authorizer's, never the key itself. */
    public static String requestLine(
            String route, int status, long latencyMs, String keyId, boolean replayed, String apiRequestId) {
        return line("request")
                .with("route", route)
                .with("status", status)
                .with("latencyMs", latencyMs)
                .with("keyId", keyId)
                .with("replayed", replayed)
                .with("apiRequestId", apiRequestId)
                .write();
    }

    /** A 5xx: the exception's class and message, which name no header or body. */
    public static String faultLine(String route, int status, String apiRequestId, Throwable e) {
        return line("fault")
                .with("route", route)
                .with("status", status)
                .with("apiRequestId", apiRequestId)
                .with("error", e.getClass().getName())
                .with("message", String.valueOf(e.getMessage()))
                .write();
    }

    /** The authorizer's decision; {@code keyId} when the header held a well-formed key. */
    public static String decisionLine(boolean allowed, String keyId, String role) {
        return line("authorizer")
                .with("decision", allowed ? "allow" : "deny")
                .with("keyId", keyId)
                .with("role", role)
                .write();
    }

    /**
     * Priming before a SnapStart snapshot (priming/): one line per function, never a request
     * line or a metric, so the runs are not counted as traffic. {@code failure} is null when it ran.
     */
    public static String primingLine(String function, int runs, long ms, String failure) {
        return line("priming")
                .with("function", function)
                .with("runs", runs)
                .with("ms", ms)
                .with("failure", failure)
                .write();
    }

    public static void info(LambdaLogger logger, String line) {
        logger.log(line, LogLevel.INFO);
    }

    public static void error(LambdaLogger logger, String line) {
        logger.log(line, LogLevel.ERROR);
    }
}
