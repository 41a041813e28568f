package org.factcheck.claims.bench;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;

/**
 * Warm latency of one route against the DynamoDB calls it makes, in one JVM. The function
 * is primed first ({@link Priming}), as every function runs on AWS, from a snapshot taken
 * after priming; then W untimed calls, so that the timed ones see the steady state, not
 * the code C1 has yet to compile. Each of the N timed calls is followed by the same
 * low-level requests it sent ({@link Capture}), sent again by a plain client ({@link
 * Replay}) and timed, so drift in the machine's load hits both alike. Prints, in ms with
 * microsecond precision, "route <p50> <p99> raw <p50> <p99> errors <count>", then "cpu
 * <p50> <p99>", then "calls <what the route sent>". The cpu line is the calling thread's
 * CPU time in each call less that of its own calls (the per-call differences): what our
 * code costs, waiting for DynamoDB left out.
 *
 * <p>Arguments: N W HANDLER_CLASS EVENT_FILE [SHADOW_TABLE_SUFFIX]: the suffix for a route
 * that writes (its replay goes to copies of the tables; the untimed calls are replayed too).
 */
public final class Warm {
    private Warm() {}

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        int untimed = Integer.parseInt(args[1]);
        RequestStreamHandler handler = (RequestStreamHandler)
                Class.forName(args[2]).getDeclaredConstructor().newInstance();
        byte[] template = Files.readAllBytes(Path.of(args[3]));
        Priming.run();
        Replay replay = new Replay(args.length > 4 ? args[4] : null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long[] route = new long[n];
        long[] raw = new long[n];
        long[] addedCpu = new long[n];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int errors = 0;
        Map<String, Integer> signatures = new LinkedHashMap<>();
        for (int i = -untimed; i < n; i++) {
            byte[] event = Fresh.of(template);
            out.reset();
            Capture.start();
            long cpu = threads.getCurrentThreadCpuTime(); // read outside the timed spans
            long start = System.nanoTime();
            try {
                handler.handleRequest(new ByteArrayInputStream(event), out, BenchContext.invocation());
            } catch (RuntimeException e) {
                if (!"Unauthorized".equals(e.getMessage())) throw e;
            }
            long took = System.nanoTime() - start;
            long routeCpu = threads.getCurrentThreadCpuTime() - cpu;
            List<DynamoDbRequest> calls = replay.prepare(Capture.stop());
            if (failed(out)) {
                if (errors++ == 0) System.err.println("route failed: " + out);
            }
            template = IfMatch.follow(template, out.toByteArray()); // the next call's If-Match
            cpu = threads.getCurrentThreadCpuTime();
            start = System.nanoTime();
            replay.send(calls);
            long rawTook = System.nanoTime() - start;
            long rawCpu = threads.getCurrentThreadCpuTime() - cpu;
            if (i < 0) continue;
            route[i] = took;
            raw[i] = rawTook;
            addedCpu[i] = routeCpu - rawCpu;
            signatures.merge(Replay.signature(calls), 1, Integer::sum);
        }
        System.out.printf(
                "route %.3f %.3f raw %.3f %.3f errors %d%n",
                percentile(route, 50), percentile(route, 99), percentile(raw, 50), percentile(raw, 99), errors);
        System.out.printf("cpu %.3f %.3f%n", percentile(addedCpu, 50), percentile(addedCpu, 99));
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
