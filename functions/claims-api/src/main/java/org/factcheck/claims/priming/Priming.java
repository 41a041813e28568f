package org.factcheck.claims.priming;

import com.amazonaws.services.lambda.runtime.LambdaRuntime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.factcheck.claims.randomness.Entropy;
import org.factcheck.claims.store.DryRun;
import org.factcheck.claims.telemetry.RequestLog;

/**
 * A function's SnapStart hooks (CRaC). Before the snapshot of a published version,
 * {@link #beforeCheckpoint} runs the function's real request path ({@link #MAX_RUNS} times,
 * or as often as {@link #BUDGET_MS} allows after {@link #MIN_RUNS}) as a {@link DryRun}:
 * reads are sent; DynamoDB writes are sent bound to fail and their refusal answered as
 * their success; other writes are stopped before sending. So the first request after a
 * restore finds its classes loaded, its code compiled and the SDK's signing, marshalling,
 * parsing and credentials warm. After a restore, {@link #afterRestore} drops what must
 * differ between restored copies (randomness/Entropy). Priming never fails the snapshot:
 * a failure is logged and the function starts unprimed.
 */
public final class Priming implements Resource {
    /**
     * Past C1's compile threshold (about 200 calls of a method with TieredStopAtLevel=1), so
     * the request path is compiled in the snapshot: 5 or 25 runs left it interpreted and the
     * first request after priming at 2–3× the warm p50 (README, Performance).
     */
    public static final int MAX_RUNS = 250;

    /** Runs made whatever the time, so that every path is loaded and linked. */
    public static final int MIN_RUNS = 5;

    /**
     * Time after which priming stops short of {@link #MAX_RUNS}: a route whose calls are slow
     * gains little from compiled code, and a snapshot's init may take at most 130 s or the
     * function's timeout, whichever is longer (the Lambda SnapStart documentation).
     */
    public static final long BUDGET_MS = 5_000;

    /** One request path: throws when the path itself failed (not when a write was stopped). */
    @FunctionalInterface
    public interface Run {
        void once() throws Exception;
    }

    // Strong references: Lambda's CRaC context holds its resources weakly.
    private static final List<Priming> REGISTERED = new CopyOnWriteArrayList<>();

    private final String function;
    private final Run run;
    private volatile String failure;
    private volatile int runs;

    private Priming(String function, Run run) {
        this.function = function;
        this.run = run;
    }

    /** Registers {@code run} as {@code function}'s priming; nothing runs until a checkpoint. */
    public static Priming register(String function, Run run) {
        Priming priming = new Priming(function, run);
        REGISTERED.add(priming);
        Core.getGlobalContext().register(priming);
        return priming;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        long started = System.nanoTime();
        String failure = null;
        int runs = 0;
        try {
            runs = DryRun.run(() -> repeat(run, BUDGET_MS));
        } catch (Exception | LinkageError e) {
            failure = e.getClass().getName() + ": " + e.getMessage();
        }
        this.failure = failure;
        this.runs = runs;
        long ms = (System.nanoTime() - started) / 1_000_000;
        String line = RequestLog.primingLine(function, runs, ms, failure);
        if (failure == null) RequestLog.info(LambdaRuntime.getLogger(), line);
        else RequestLog.error(LambdaRuntime.getLogger(), line);
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        Entropy.forgetAfterRestore();
    }

    /** The function (its route) this primes, as its log line names it. */
    public String function() {
        return function;
    }

    /** Why the last priming failed, or null when it ran (or has not run). */
    public String failure() {
        return failure;
    }

    /** Runs {@code run} {@link #MAX_RUNS} times, or {@link #MIN_RUNS} and then as often as {@code budgetMs} allows. */
    static int repeat(Run run, long budgetMs) throws Exception {
        long deadline = System.nanoTime() + budgetMs * 1_000_000;
        int done = 0;
        while (done < MAX_RUNS && (done < MIN_RUNS || System.nanoTime() < deadline)) {
            run.once();
            done++;
        }
        return done;
    }

    /** How many times the last priming ran the request path (0 when it has not run). */
    public int runs() {
        return runs;
    }

    /** Every priming registered in this JVM, oldest first. */
    public static List<Priming> registered() {
        return List.copyOf(REGISTERED);
    }

    /**
     * The stand-in for a snapshot on a JVM without CRaC (the benchmark, the tests): every
     * priming registered in this JVM, newest first, as CRaC orders beforeCheckpoint.
     * org.crac's own global context refuses direct calls ("should not call this").
     */
    public static void beforeCheckpointAll() {
        List<Priming> all = List.copyOf(REGISTERED);
        for (int i = all.size() - 1; i >= 0; i--) all.get(i).beforeCheckpoint(null);
    }

    /** The stand-in for a restore: every registered priming's afterRestore, oldest first. */
    public static void afterRestoreAll() {
        for (Priming priming : List.copyOf(REGISTERED)) priming.afterRestore(null);
    }
}
