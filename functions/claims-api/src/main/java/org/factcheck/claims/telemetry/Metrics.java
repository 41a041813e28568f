package org.factcheck.claims.telemetry;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factcheck.claims.AppConfig;
import org.factcheck.claims.json.Json;

/**
 * Business metrics as CloudWatch Embedded Metric Format documents, one log line each:
 * CloudWatch Logs turns them into metrics, with no SDK call and no extra permission.
 * One dimension, Service, so every metric is a single time series; the route rides
 * along as a plain property for Logs Insights.
 */
public final class Metrics {
    public static final String CLAIMS_SUBMITTED = "ClaimsSubmitted";
    public static final String VERDICTS_PUBLISHED = "VerdictsPublished";
    public static final String VERDICTS_REVISED = "VerdictsRevised";
    public static final String IDEMPOTENT_REPLAYS = "IdempotentReplays";
    public static final String CONFLICT_409 = "Conflict409";
    public static final String PRECONDITION_FAILED_412 = "PreconditionFailed412";
    public static final String PRECONDITION_REQUIRED_428 = "PreconditionRequired428";
    public static final String AUTHORIZER_DENIALS = "AuthorizerDenials";

    public static final String SERVICE = "claims-api";
    private static final String NAMESPACE = AppConfig.metricsNamespace();

    private Metrics() {}

    /** The metric a response status counts toward, or null. */
    public static String forStatus(int status) {
        return switch (status) {
            case 409 -> CONFLICT_409;
            case 412 -> PRECONDITION_FAILED_412;
            case 428 -> PRECONDITION_REQUIRED_428;
            default -> null;
        };
    }

    /** One EMF document with every count (all Count units), as a single line of JSON. */
    public static String document(String namespace, String route, Map<String, Long> counts, long timestampMillis) {
        List<Map<String, Object>> definitions = new ArrayList<>();
        for (String name : counts.keySet()) {
            Map<String, Object> definition = new LinkedHashMap<>();
            definition.put("Name", name);
            definition.put("Unit", "Count");
            definitions.add(definition);
        }
        Map<String, Object> directive = new LinkedHashMap<>();
        directive.put("Namespace", namespace);
        directive.put("Dimensions", List.of(List.of("Service")));
        directive.put("Metrics", definitions);
        Map<String, Object> aws = new LinkedHashMap<>();
        aws.put("Timestamp", timestampMillis);
        aws.put("CloudWatchMetrics", List.of(directive));

        Map<String, Object> root = new LinkedHashMap<>();
        root.put("_aws", aws);
        root.put("Service", SERVICE);
        root.put("Route", route);
        root.putAll(counts);
        return Json.write(root);
    }

    /**
     * Writes the counts, if any. With the JSON log format the Lambda runtime wraps a String
     * message as {"message": "..."}, which CloudWatch would not read as EMF; a byte[]
     * message is written as it is, so the log event is the EMF object itself.
     */
    public static void write(LambdaLogger logger, String route, Map<String, Long> counts) {
        if (counts.isEmpty()) return;
        String line = document(NAMESPACE, route, counts, System.currentTimeMillis()) + "\n";
        logger.log(line.getBytes(StandardCharsets.UTF_8), LogLevel.INFO);
    }
}
