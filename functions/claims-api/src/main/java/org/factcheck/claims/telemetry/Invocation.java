package org.factcheck.claims.telemetry;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The telemetry of one API invocation: business events counted while it runs, then one
 * request line and one EMF line at its end. The Lambda runtime runs one invocation per
 * thread at a time (the development server too), so the current one is thread-bound and
 * handlers count without passing it around.
 */
public final class Invocation implements AutoCloseable {
    private static final ThreadLocal<Invocation> CURRENT = new ThreadLocal<>();

    private final LambdaLogger logger;
    private final long startedNanos = System.nanoTime();
    private final Map<String, Long> counts = new LinkedHashMap<>();

    private Invocation(LambdaLogger logger) {
        this.logger = logger;
    }

    public static Invocation start(Context context) {
        Invocation invocation = new Invocation(RequestLog.logger(context));
        CURRENT.set(invocation);
        return invocation;
    }

    /** Counts a business event of the running invocation; nothing outside one. */
    public static void count(String metric, long n) {
        Invocation invocation = CURRENT.get();
        if (invocation != null && n > 0) invocation.add(metric, n);
    }

    /** An ERROR line for a 5xx, at once, so it is written even if the invocation then fails. */
    public static void fault(String route, int status, String apiRequestId, Throwable e) {
        Invocation invocation = CURRENT.get();
        RequestLog.error(
                invocation == null ? RequestLog.logger(null) : invocation.logger,
                RequestLog.faultLine(route, status, apiRequestId, e));
    }

    /** The request line, then the metrics: the status's and the replay's with those counted. */
    public void finish(String route, int status, String keyId, boolean replayed, String apiRequestId) {
        long latencyMs = (System.nanoTime() - startedNanos) / 1_000_000;
        RequestLog.info(logger, RequestLog.requestLine(route, status, latencyMs, keyId, replayed, apiRequestId));
        String forStatus = Metrics.forStatus(status);
        if (forStatus != null) add(forStatus, 1);
        if (replayed) add(Metrics.IDEMPOTENT_REPLAYS, 1);
        Metrics.write(logger, route, counts);
    }

    private void add(String metric, long n) {
        counts.put(metric, counts.getOrDefault(metric, 0L) + n);
    }

    @Override
    public void close() {
        CURRENT.remove();
    }
}
