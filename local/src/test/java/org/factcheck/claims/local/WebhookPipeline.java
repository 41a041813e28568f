package org.factcheck.claims.local;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.function.Supplier;
import org.factcheck.claims.store.dynamodb.DynamoDbClients;
import org.factcheck.claims.store.dynamodb.DynamoDbSubscriptionStore;

/**
 * `make run`'s webhook pipeline for a test class: moto's stream and queues, the notifier,
 * the delivery function, and the test's receiver on 127.0.0.1. Closing stops them.
 */
final class WebhookPipeline implements AutoCloseable {
    private final HttpServer receiver;
    private final LocalDelivery delivery;

    private WebhookPipeline(HttpServer receiver, LocalDelivery delivery) {
        this.receiver = receiver;
        this.delivery = delivery;
    }

    /**
     * The receiver ({@code receive} answers every path), then the pipeline over the functions
     * {@code functions} makes, started from now. Loopback receivers are allowed, as `make run`
     * allows them, only while those functions are made.
     */
    static WebhookPipeline start(HttpHandler receive, Supplier<LocalFunctions> functions) throws IOException {
        TestEnvironment.ensureTable();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/", receive);
        receiver.start();
        String before = System.getProperty("WEBHOOK_ALLOW_LOOPBACK");
        System.setProperty("WEBHOOK_ALLOW_LOOPBACK", "true");
        try {
            return new WebhookPipeline(
                    receiver,
                    new LocalDelivery(
                                    TestEnvironment.TEMPLATE,
                                    functions.get(),
                                    TestEnvironment.TABLE,
                                    TestEnvironment.QUEUES,
                                    System.err::println)
                            .fromNow()
                            .start());
        } catch (RuntimeException e) {
            receiver.stop(0);
            throw e;
        } finally {
            if (before == null) System.clearProperty("WEBHOOK_ALLOW_LOOPBACK");
            else System.setProperty("WEBHOOK_ALLOW_LOOPBACK", before);
        }
    }

    /** The receiver's port on 127.0.0.1. */
    int receiverPort() {
        return receiver.getAddress().getPort();
    }

    /** The subscriptions store, as the API functions have it. */
    DynamoDbSubscriptionStore subscriptions() {
        return new DynamoDbSubscriptionStore(
                DynamoDbClients.shared(),
                TestEnvironment.TABLE,
                TestEnvironment.TABLES.get("SubscriptionSecretsTable"));
    }

    @Override
    public void close() {
        try {
            delivery.close();
        } finally {
            receiver.stop(0);
        }
    }
}
