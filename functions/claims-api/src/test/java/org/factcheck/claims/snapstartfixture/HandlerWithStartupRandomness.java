package org.factcheck.claims.snapstartfixture;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A planted violation for `make snapstart-check`: an id made at start-up would be the same
 * in every instance restored from one snapshot. The SnapStart rules must report it; never
 * packaged (test code).
 */
public final class HandlerWithStartupRandomness implements RequestStreamHandler {
    private final UUID instanceId = UUID.randomUUID();

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        output.write(instanceId.toString().getBytes(StandardCharsets.UTF_8));
    }
}
