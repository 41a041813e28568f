package org.factcheck.claims.telemetry;

import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factcheck.claims.json.Json;

/** Records what reaches the Lambda logger, and through which method: text or bytes. */
final class CapturingLogger implements LevelledLogger {
    record Entry(String text, LogLevel level, boolean bytes) {}

    final List<Entry> entries = new ArrayList<>();

    /** A log line as the JSON object it must be. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> parse(String line) {
        return (Map<String, Object>) Json.parse(line);
    }

    @Override
    public void log(String message, LogLevel level) {
        entries.add(new Entry(message, level, false));
    }

    @Override
    public void log(byte[] message, LogLevel level) {
        entries.add(new Entry(new String(message, StandardCharsets.UTF_8), level, true));
    }
}
