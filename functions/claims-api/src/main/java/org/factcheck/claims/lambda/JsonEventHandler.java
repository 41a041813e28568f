package org.factcheck.claims.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.factcheck.claims.json.Json;
import org.factcheck.claims.telemetry.RequestLog;

/**
 * The edge of the functions that API Gateway's proxy does not call (the authorizer, the
 * stream and queue consumers): reads the event from the stream (no reflection-based event
 * binding), hands it on with the invocation's logger and writes the answer as JSON.
 */
public abstract class JsonEventHandler implements RequestStreamHandler {
    /** The answer to the event, as {@link Json#write} writes it. */
    protected abstract Object handle(Map<String, Object> event, LambdaLogger logger);

    @Override
    @SuppressWarnings("unchecked")
    public final void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        Object answer = handle((Map<String, Object>) Json.parse(input), RequestLog.logger(context));
        output.write(Json.write(answer).getBytes(StandardCharsets.UTF_8));
    }
}
