package org.factcheck.claims.bench;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;

/**
 * Warm latency of one route against the DynamoDB calls it makes, in one JVM: each of N
 * sequential invocations (after one untimed) is followed by the same low-level requests
 * it sent ({@link Capture}), sent again by a plain client ({@link Replay}) and timed, so
 * drift in the machine's load hits both alike. Prints, in ms with microsecond precision,
 * "route <p50> <p99> raw <p50> <p99> errors <count>", then "calls <what the route sent>".
 *
 * <p>Arguments: N HANDLER_CLASS EVENT_FILE [SHADOW_TABLE_SUFFIX]: the suffix for a route
 * that writes (its replay goes to copies of the tables).
 */
public final class Warm {
    private Warm() {}

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        RequestStreamHandler handler = (RequestStreamHandler)
                Class.forName(args[1]).getDeclaredConstructor().newInstance();
        byte[] template = Files.readAllBytes(Path.of(args[2]));
        Replay replay = new Replay(args.length > 3 ? args[3] : null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long[] route = new long[n];
        long[] raw = new long[n];
        int errors = 0;
        Map<String, Integer> signatures = new LinkedHashMap<>();
        for (int i = -1; i < n; i++) { // the first, untimed
            byte[] event = Fresh.of(template);
            out.reset();
            Capture.start();
            long start = System.nanoTime();
            try {
                handler.handleRequest(new ByteArrayInputStream(event), out, BenchContext.invocation());
            } catch (RuntimeException e) {
                if (!"Unauthorized".equals(e.getMessage())) throw e;
            }
            long took = System.nanoTime() - start;
            List<DynamoDbRequest> calls = replay.prepare(Capture.stop());
            if (failed(out)) {
                if (errors++ == 0) System.err.println("route failed: " + out);
            }
            template = IfMatch.follow(template, out.toByteArray()); // the next call's If-Match
            start = System.nanoTime();
            replay.send(calls);
            long rawTook = System.nanoTime() - start;
            if (i < 0) continue;
            route[i] = took;
            raw[i] = rawTook;
            signatures.merge(Replay.signature(calls), 1, Integer::sum);
        }
        System.out.printf(
                "route %.3f %.3f raw %.3f %.3f errors %d%n",
                percentile(route, 50), percentile(route, 99), percentile(raw, 50), percentile(raw, 99), errors);
        String usual = signatures.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse("");
        System.out.println("calls " + usual);
    }

    /**
     * A status of 400 or more, or an event source's batch item failure: a route measured on
     * its error path would not be that route.
     */
    private static boolean failed(ByteArrayOutputStream out) {
        String response = out.toString();
        int at = response.indexOf("\"statusCode\":");
        if (at < 0) return response.contains("\"itemIdentifier\"");
        String status = response.substring(at + 13, response.indexOf(',', at)).strip();
        return status.compareTo("400") >= 0 && status.length() == 3;
    }

    /** Nearest rank, in ms. */
    private static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.max(0, (int) Math.ceil(sorted.length * p / 100.0) - 1)] / 1e6;
    }
}
