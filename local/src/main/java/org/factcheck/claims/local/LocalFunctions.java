package org.factcheck.claims.local;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Handler instances, one per function as a Lambda container keeps one, created on the
 * first invocation from the {@code Handler} string in template.yaml.
 */
public final class LocalFunctions {
    /** A piece of work done as a function. */
    public interface Work<T> {
        T run() throws IOException;
    }

    private static final ThreadLocal<String> RUNNING = new ThreadLocal<>();
    private final Map<String, RequestStreamHandler> instances = new ConcurrentHashMap<>();
    private final Consumer<String> logLines;

    /** Functions whose log lines go to standard output, as `sam local` shows them. */
    public LocalFunctions() {
        this(System.out::println);
    }

    /** Functions whose log lines go to {@code logLines} (a test's capture). */
    public LocalFunctions(Consumer<String> logLines) {
        this.logLines = logLines;
    }

    /**
     * Uses {@code instance} as the function's handler instead of creating one from template.yaml:
     * for a test that must control what the instance depends on (a delivery function whose DNS it
     * changes). Nothing in `make run` calls this.
     */
    public LocalFunctions with(String functionId, RequestStreamHandler instance) {
        instances.put(functionId, instance);
        return this;
    }

    /** Invokes the handler with the event JSON, as the Lambda runtime would; returns the response JSON. */
    public byte[] invoke(String functionId, String handler, byte[] event) throws IOException {
        return runAs(functionId, () -> {
            RequestStreamHandler instance = instances.computeIfAbsent(functionId, id -> instantiate(handler));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            String requestId = UUID.randomUUID().toString();
            instance.handleRequest(
                    new ByteArrayInputStream(event), out, LocalContext.of(requestId, functionId, 10_000, logLines));
            return out.toByteArray();
        });
    }

    /**
     * Runs {@code work} on this thread as the function {@code functionId} (its template
     * logical id), so that the tests can tell which function made each AWS call.
     */
    public static <T> T runAs(String functionId, Work<T> work) throws IOException {
        String outer = RUNNING.get();
        RUNNING.set(functionId);
        try {
            return work.run();
        } finally {
            RUNNING.set(outer);
        }
    }

    /** The logical id of the function running on this thread, or null outside one. */
    public static String running() {
        return RUNNING.get();
    }

    private static RequestStreamHandler instantiate(String handler) {
        String className = handler.contains("::") ? handler.substring(0, handler.indexOf("::")) : handler;
        try {
            return (RequestStreamHandler)
                    Class.forName(className).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create handler " + handler, e);
        }
    }
}
