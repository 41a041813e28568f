package org.factcheck.claims.telemetry;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;

/**
 * A Lambda logger that writes every message with its level; a call without one is
 * {@link LogLevel#UNDEFINED}, as in the runtime. For the loggers outside Lambda: the
 * development server's and the tests'.
 */
public interface LevelledLogger extends LambdaLogger {
    @Override
    void log(String message, LogLevel level);

    @Override
    void log(byte[] message, LogLevel level);

    @Override
    default void log(String message) {
        log(message, LogLevel.UNDEFINED);
    }

    @Override
    default void log(byte[] message) {
        log(message, LogLevel.UNDEFINED);
    }
}
