package org.factcheck.claims.local;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run in a fresh JVM by the tests: constructs a handler as Lambda does (its no-arg
 * constructor, configuration and credentials from the environment), invokes it once with
 * an event file and prints the response. The environment of a process can only be set
 * when it starts, so this is how a test gives a handler Lambda's variables.
 */
public final class InvokeOnce {
    private InvokeOnce() {}

    public static void main(String[] args) throws Exception {
        RequestStreamHandler handler = (RequestStreamHandler)
                Class.forName(args[0]).getDeclaredConstructor().newInstance();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream event = Files.newInputStream(Path.of(args[1]))) {
            handler.handleRequest(event, out, LocalContext.of("fork", "fork", 10_000, s -> {}));
        }
        System.out.println(out.toString(java.nio.charset.StandardCharsets.UTF_8));
    }
}
