package org.factcheck.claims.local;

import java.util.function.Supplier;
import org.factcheck.claims.store.dynamodb.DynamoDbClients;
import org.factcheck.claims.store.dynamodb.DynamoDbSubscriptionStore;

/** `make run`'s webhook pipeline for a test class: moto's stream and queues, the notifier, the delivery function. */
final class WebhookPipeline {
    private WebhookPipeline() {}

    /**
     * The pipeline over the functions {@code functions} makes, started from now. Loopback
     * receivers are allowed, as `make run` allows them, only while those functions are made.
     */
    static LocalDelivery start(Supplier<LocalFunctions> functions) {
        String before = System.getProperty("WEBHOOK_ALLOW_LOOPBACK");
        System.setProperty("WEBHOOK_ALLOW_LOOPBACK", "true");
        try {
            return new LocalDelivery(
                            TestEnvironment.TEMPLATE,
                            functions.get(),
                            TestEnvironment.TABLE,
                            TestEnvironment.QUEUES,
                            System.err::println)
                    .fromNow()
                    .start();
        } finally {
            if (before == null) System.clearProperty("WEBHOOK_ALLOW_LOOPBACK");
            else System.setProperty("WEBHOOK_ALLOW_LOOPBACK", before);
        }
    }

    /** The subscriptions store, as the API functions have it. */
    static DynamoDbSubscriptionStore subscriptions() {
        return new DynamoDbSubscriptionStore(
                DynamoDbClients.shared(),
                TestEnvironment.TABLE,
                TestEnvironment.TABLES.get("SubscriptionSecretsTable"));
    }
}
