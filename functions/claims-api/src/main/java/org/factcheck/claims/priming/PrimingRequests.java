package org.factcheck.claims.priming;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.factcheck.claims.json.Json;
import org.factcheck.claims.telemetry.InProcessContext;

/**
 * The representative API Gateway events (copies of events/, in priming/*.json on the class
 * path) and their invocation as Lambda would make it, with a context whose logger drops
 * every line: priming writes no request lines and no metrics.
 */
final class PrimingRequests {
    private PrimingRequests() {}

    /**
     * Registers the priming of a route: on its first run {@code primed} makes the handler and
     * the event is read; each run invokes it with the event and {@code check}s the response.
     */
    static Priming register(
            String function, Supplier<RequestStreamHandler> primed, String event, Consumer<Map<String, Object>> check) {
        return Priming.register(function, new Priming.Run() {
            private RequestStreamHandler handler;
            private byte[] request;

            @Override
            public void once() throws IOException {
                if (handler == null) {
                    request = event(event);
                    handler = primed.get();
                }
                check.accept(invoke(handler, request));
            }
        });
    }

    static byte[] event(String name) {
        try (InputStream in = PrimingRequests.class.getResourceAsStream("/priming/" + name)) {
            if (in == null) throw new IllegalStateException("no priming event " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> parsed(String name) {
        return (Map<String, Object>) Json.parse(new ByteArrayInputStream(event(name)));
    }

    /** The body of an event, parsed as the handler parses it. */
    static Object body(String name) {
        return Json.parse((String) parsed(name).get("body"));
    }

    /** Invokes {@code handler} with the event; its response, parsed. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> invoke(RequestStreamHandler handler, byte[] event) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // As Lambda gives it a 10 s function; its logger drops every line.
        var context = new InProcessContext("priming", "priming", System.currentTimeMillis() + 10_000, DROPPED);
        handler.handleRequest(new ByteArrayInputStream(event), out, context);
        return (Map<String, Object>) Json.parse(new ByteArrayInputStream(out.toByteArray()));
    }

    /** An API response of the success path (2xx), or the reason priming missed it. */
    static void expectSuccess(Map<String, Object> response) {
        Object status = response.get("statusCode");
        if (!(status instanceof Number n) || n.intValue() < 200 || n.intValue() > 299) {
            throw new IllegalStateException("priming expected a 2xx, the handler answered " + status);
        }
    }

    private static final LambdaLogger DROPPED = new LambdaLogger() {
        @Override
        public void log(String message) {}

        @Override
        public void log(byte[] message) {}

        @Override
        public void log(String message, LogLevel level) {}
    };
}
