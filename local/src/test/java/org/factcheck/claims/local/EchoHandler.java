package org.factcheck.claims.local;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/** Answers 200 with the event it received as the body, so tests can inspect it. */
public final class EchoHandler implements RequestStreamHandler {
    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        String event = new String(input.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        output.write(HandlerClient.JSON.writeValueAsBytes(Map.of(
                "statusCode",
                200,
                "headers",
                Map.of("Content-Type", "application/json"),
                "multiValueHeaders",
                Map.of("X-Multi", java.util.List.of("a", "b")),
                "body",
                event)));
    }
}
