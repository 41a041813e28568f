package org.factcheck.claims.local;

import java.nio.file.Path;
import org.factcheck.claims.store.dynamodb.DynamoDbClients;

/**
 * Integration tests share one fresh table per JVM in the emulator that
 * AWS_ENDPOINT_URL_DYNAMODB names (`make test` starts one), created from template.yaml.
 */
final class TestEnvironment {
    static final Path ROOT = Path.of(System.getenv().getOrDefault("PROJECT_ROOT", "..")).toAbsolutePath().normalize();
    static final SamTemplate TEMPLATE = SamTemplate.load(ROOT.resolve("template.yaml"));
    static final String TABLE = "claims-it-" + System.currentTimeMillis();

    private static boolean ready;

    private TestEnvironment() {}

    static synchronized void ensureTable() {
        if (ready) return;
        if (System.getenv("AWS_ENDPOINT_URL_DYNAMODB") == null) {
            throw new IllegalStateException("AWS_ENDPOINT_URL_DYNAMODB is not set: run integration tests with `make test`");
        }
        System.setProperty("TABLE_NAME", TABLE);
        LocalApi.configureFunctions(TEMPLATE, TABLE);
        LocalTable.ensure(DynamoDbClients.shared(), TEMPLATE, TABLE);
        ready = true;
    }
}
