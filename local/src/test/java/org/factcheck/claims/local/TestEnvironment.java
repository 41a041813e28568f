package org.factcheck.claims.local;

import java.nio.file.Path;
import java.util.Map;
import org.factcheck.claims.store.dynamodb.DynamoDbClients;

/**
 * Integration tests share fresh tables per JVM (one per table of template.yaml) in the
 * emulator that AWS_ENDPOINT_URL_DYNAMODB names (`make test` starts one).
 */
final class TestEnvironment {
    static final Path ROOT = Path.of(System.getenv().getOrDefault("PROJECT_ROOT", ".."))
            .toAbsolutePath()
            .normalize();
    static final SamTemplate TEMPLATE = SamTemplate.load(ROOT.resolve("template.yaml"));
    /** Local table name by logical id (ClaimsTable → claims-it-…, KeysTable → keys-it-…). */
    static final Map<String, String> TABLES = LocalTable.names(TEMPLATE, "it-" + System.currentTimeMillis(), Map.of());

    static final String TABLE = TABLES.get("ClaimsTable");
    static final String KEYS_TABLE = TABLES.get("KeysTable");

    /** Local queue URL by logical id (DeliveryQueue, ...), once {@link #ensureTable} ran. */
    static final Map<String, String> QUEUES = new java.util.concurrent.ConcurrentHashMap<>();
    /**
     * Short retries for the tests: 4 attempts over about 10 s; paused after failing 5 s, so at
     * the 4th attempt (at 10 s) and not at the 3rd (at 2 s), even when a loaded machine delays
     * the 3rd by up to 3 s (with 1,1,2 and 3 s it paused at the 3rd under load, holding the 4th).
     */
    static final String RETRY_SECONDS = "1,1,8";

    static final String PAUSE_AFTER_SECONDS = "5";

    private static boolean ready;

    private TestEnvironment() {}

    static synchronized void ensureTable() {
        if (ready) return;
        if (System.getenv("AWS_ENDPOINT_URL_DYNAMODB") == null) {
            throw new IllegalStateException(
                    "AWS_ENDPOINT_URL_DYNAMODB is not set: run integration tests with `make test`");
        }
        TEMPLATE.tableVariables().forEach((variable, id) -> System.setProperty(variable, TABLES.get(id)));
        LocalApi.localDeliverySettings(RETRY_SECONDS, PAUSE_AFTER_SECONDS);
        LocalTable.ensureAll(DynamoDbClients.shared(), TEMPLATE, TABLES);
        QUEUES.putAll(LocalQueues.ensureAll(LocalQueues.client(), TEMPLATE, "it-" + System.currentTimeMillis()));
        Map<String, String> resources = new java.util.LinkedHashMap<>(TABLES);
        resources.putAll(QUEUES);
        LocalApi.configureFunctions(TEMPLATE, resources);
        ready = true;
    }
}
