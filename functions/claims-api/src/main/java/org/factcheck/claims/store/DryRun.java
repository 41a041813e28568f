package org.factcheck.claims.store;

import java.util.concurrent.Callable;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Work during which nothing may change anywhere: priming (priming/) runs the functions'
 * real request paths this way before a SnapStart snapshot. Reads are sent. A write that an
 * interceptor has made bound to fail ({@link #BOUND_TO_FAIL}: DynamoDB's, see
 * store/dynamodb/BoundToFail) is sent too, and its refusal is answered as its success
 * ({@link #refusalsAnswered()} counts them; other refusals surface as {@link Stopped}). Any
 * other call of an SDK client with {@link #INTERCEPTOR} is marshalled and signed, then
 * stopped before a byte is sent ({@link Stopped}). Reads are known by their operation names,
 * so a new kind of write is stopped too. On every other thread, and outside the work, it
 * does nothing.
 */
public final class DryRun {
    private static final ThreadLocal<Boolean> ON = new ThreadLocal<>();
    private static final ThreadLocal<int[]> REFUSALS_ANSWERED = ThreadLocal.withInitial(() -> new int[1]);
    private static final ThreadLocal<int[]> SAMPLES_FOUND = ThreadLocal.withInitial(() -> new int[1]);
    private static final ScopedValue<Object> FOUND = ScopedValue.newInstance();

    /** Set on a call whose write was made bound to fail: it may be sent. */
    public static final ExecutionAttribute<Boolean> BOUND_TO_FAIL = new ExecutionAttribute<>("DryRunBoundToFail");

    /** For every SDK client the functions build (store/dynamodb, store/apigateway, store/sqs). */
    public static final ExecutionInterceptor INTERCEPTOR = new ExecutionInterceptor() {
        @Override
        public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
            if (!on() || Boolean.TRUE.equals(attributes.getAttribute(BOUND_TO_FAIL))) return;
            String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
            if (!reads(operation)) throw Stopped.notSent(operation);
        }
    };

    private DryRun() {}

    /** Runs {@code work} on this thread with every write stopped or bound to fail. */
    public static <T> T run(Callable<T> work) throws Exception {
        Boolean outer = ON.get();
        ON.set(Boolean.TRUE);
        try {
            return work.call();
        } finally {
            if (outer == null) ON.remove();
        }
    }

    public static boolean on() {
        return ON.get() != null;
    }

    /** A write bound to fail was refused as planned, and answered as if applied (store/dynamodb/BoundToFail). */
    public static void refusalAnswered() {
        REFUSALS_ANSWERED.get()[0]++;
    }

    /** How many writes on this thread were refused as planned and answered as if applied. */
    public static int refusalsAnswered() {
        return REFUSALS_ANSWERED.get()[0];
    }

    /**
     * Runs {@code call} so that, in a dry run, its read that finds nothing is answered with
     * {@code sample}'s item, and its write refused as bound to fail with the sample as the
     * item written (store/dynamodb/BoundToFail): priming's sample goes through the store's
     * parsing and mapping as a found item would.
     */
    public static <T> T foundAs(Object sample, Supplier<T> call) {
        return ScopedValue.where(FOUND, sample).call(call::get);
    }

    /** A read under {@link #foundAs} that found nothing was answered with the sample's item. */
    public static void sampleFound() {
        SAMPLES_FOUND.get()[0]++;
    }

    /** How many reads on this thread were answered with a sample's item. */
    public static int samplesFound() {
        return SAMPLES_FOUND.get()[0];
    }

    /** The sample given by {@link #foundAs}, or null. */
    public static Object found() {
        return on() && FOUND.isBound() ? FOUND.get() : null;
    }

    /** GetItem, BatchGetItem, TransactGetItems, Query, Scan; API Gateway's Get* (GetUsagePlans). */
    static boolean reads(String operation) {
        return operation != null
                && (operation.startsWith("Get")
                        || operation.startsWith("BatchGet")
                        || operation.startsWith("TransactGet")
                        || operation.equals("Query")
                        || operation.equals("Scan"));
    }

    /**
     * Whether {@code failure} is (or was caused by) a write that a dry run stopped. The SDK
     * rebuilds a client exception to add its attempt count, keeping the message but not
     * the class, so the message's prefix is what marks it.
     */
    public static boolean stopped(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SdkClientException
                    && String.valueOf(t.getMessage()).startsWith(Stopped.PREFIX)) {
                return true;
            }
        }
        return false;
    }

    /** What a write made bound to fail turns into when DynamoDB has refused it, as planned. */
    public static Stopped refused(String operation) {
        return new Stopped(Stopped.PREFIX + operation + " was sent bound to fail, and refused");
    }

    /**
     * A write that was marshalled and signed, and not sent, or sent bound to fail and
     * refused. Not retryable: nothing went wrong.
     */
    public static final class Stopped extends SdkClientException {
        static final String PREFIX = "dry run: ";

        private Stopped(String message) {
            super(SdkClientException.builder().message(message));
        }

        static Stopped notSent(String operation) {
            return new Stopped(PREFIX + operation + " was not sent");
        }

        @Override
        public boolean retryable() {
            return false;
        }
    }
}
