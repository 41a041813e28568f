package org.factcheck.claims.local;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.factcheck.claims.telemetry.InProcessContext;
import org.factcheck.claims.telemetry.LevelledLogger;

/**
 * The Lambda context a handler sees when the development server invokes it. Its logger
 * writes what the Java runtime writes with the template's LogFormat JSON: a String
 * message wrapped as {"timestamp","message","level","AWSRequestId"}, a byte[] message
 * as it is (how EMF lines reach CloudWatch as JSON objects). One line to {@code out} each.
 */
final class LocalContext {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private LocalContext() {}

    static Context of(String awsRequestId, String functionName, int timeoutMillis, Consumer<String> out) {
        return new InProcessContext(
                awsRequestId, functionName, System.currentTimeMillis() + timeoutMillis, new LevelledLogger() {
                    @Override
                    public void log(String message, LogLevel level) {
                        Map<String, Object> line = new LinkedHashMap<>();
                        line.put("timestamp", TIMESTAMP.format(Instant.now()));
                        line.put("message", message);
                        line.put("level", level);
                        line.put("AWSRequestId", awsRequestId);
                        try {
                            out.accept(JSON.writeValueAsString(line));
                        } catch (JsonProcessingException e) {
                            throw new UncheckedIOException(e);
                        }
                    }

                    @Override
                    public void log(byte[] message, LogLevel level) {
                        out.accept(new String(message, StandardCharsets.UTF_8).stripTrailing());
                    }
                });
    }
}
