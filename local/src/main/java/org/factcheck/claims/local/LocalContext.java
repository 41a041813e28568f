package org.factcheck.claims.local;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
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

/**
 * The Lambda context a handler sees when the development server invokes it. Its logger
 * writes what the Java runtime writes with the template's LogFormat JSON: a String
 * message wrapped as {"timestamp","message","level","AWSRequestId"}, a byte[] message
 * as it is (how EMF lines reach CloudWatch as JSON objects). One line to {@code out} each.
 */
record LocalContext(String awsRequestId, String functionName, int timeoutMillis, long startedAt, Consumer<String> out)
        implements Context {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    LocalContext(String awsRequestId, String functionName, int timeoutMillis, long startedAt) {
        this(awsRequestId, functionName, timeoutMillis, startedAt, System.out::println);
    }

    @Override
    public String getAwsRequestId() {
        return awsRequestId;
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/" + functionName;
    }

    @Override
    public String getLogStreamName() {
        return "local";
    }

    @Override
    public String getFunctionName() {
        return functionName;
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return "arn:aws:lambda:local:000000000000:function:" + functionName;
    }

    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    @Override
    public ClientContext getClientContext() {
        return null;
    }

    @Override
    public int getRemainingTimeInMillis() {
        return (int) Math.max(0, timeoutMillis - (System.currentTimeMillis() - startedAt));
    }

    @Override
    public int getMemoryLimitInMB() {
        return 1024;
    }

    @Override
    public LambdaLogger getLogger() {
        return new LambdaLogger() {
            @Override
            public void log(String message) {
                log(message, LogLevel.UNDEFINED);
            }

            @Override
            public void log(byte[] message) {
                log(message, LogLevel.UNDEFINED);
            }

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
        };
    }
}
