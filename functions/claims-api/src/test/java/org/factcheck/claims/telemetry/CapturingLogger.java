package org.factcheck.claims.telemetry;

import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Records what reaches the Lambda logger, and through which method: text or bytes. */
final class CapturingLogger implements LevelledLogger {
    record Entry(String text, LogLevel level, boolean bytes) {}

    final List<Entry> entries = new ArrayList<>();

    @Override
    public void log(String message, LogLevel level) {
        entries.add(new Entry(message, level, false));
    }

    @Override
    public void log(byte[] message, LogLevel level) {
        entries.add(new Entry(new String(message, StandardCharsets.UTF_8), level, true));
    }
}
