package org.factcheck.claims.testing;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import org.factcheck.claims.telemetry.InProcessContext;
import org.factcheck.claims.telemetry.LevelledLogger;

/** The context Lambda passes a handler, for unit tests: fixed names, and the logger given. */
public final class TestContext {
    private static final LambdaLogger SILENT = new LevelledLogger() {
        @Override
        public void log(String message, LogLevel level) {}

        @Override
        public void log(byte[] message, LogLevel level) {}
    };

    private TestContext() {}

    public static Context with(LambdaLogger logger) {
        return new InProcessContext("unit-test", "unit-test", System.currentTimeMillis() + 30_000, logger);
    }

    /** A context whose logger drops every line. */
    public static Context quiet() {
        return with(SILENT);
    }
}
