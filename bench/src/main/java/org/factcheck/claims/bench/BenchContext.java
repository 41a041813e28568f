package org.factcheck.claims.bench;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.factcheck.claims.telemetry.InProcessContext;

/**
 * The context Lambda passes, with a logger that writes each message as one line to
 * standard error (the runtime writes to its log descriptor; standard output carries the
 * bench's timings), so the functions' logging costs what it costs.
 */
final class BenchContext {
    // The levelled calls the functions make reach these two through LambdaLogger's defaults.
    private static final LambdaLogger LOGGER = new LambdaLogger() {
        @Override
        public void log(String message) {
            log((message + "\n").getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void log(byte[] message) {
            try {
                System.err.write(message);
                System.err.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    private BenchContext() {}

    /** The context of one invocation, with ten seconds left. */
    static Context invocation() {
        return new InProcessContext("bench", "bench", System.currentTimeMillis() + 10_000, LOGGER);
    }
}
