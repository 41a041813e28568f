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

    private static boolean ready;

    private TestEnvironment() {}

    static synchronized void ensureTable() {
        if (ready) return;
        if (System.getenv("AWS_ENDPOINT_URL_DYNAMODB") == null) {
            throw new IllegalStateException(
                    "AWS_ENDPOINT_URL_DYNAMODB is not set: run integration tests with `make test`");
        }
        TEMPLATE.tableVariables().forEach((variable, id) -> System.setProperty(variable, TABLES.get(id)));
        LocalApi.configureFunctions(TEMPLATE, TABLES);
        LocalTable.ensureAll(DynamoDbClients.shared(), TEMPLATE, TABLES);
        ready = true;
    }
}
