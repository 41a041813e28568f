package org.factcheck.claims.local;

import java.nio.file.Path;
import java.util.Map;
import org.factcheck.claims.store.dynamodb.DynamoDbClients;

/**
 * `make run`: creates the table from template.yaml in the configured DynamoDB endpoint,
 * serves the API on 127.0.0.1 and loads the sample claims through it.
 */
public final class LocalApi {
    private LocalApi() {}

    public static void main(String[] args) throws Exception {
        Path root = Path.of(env("PROJECT_ROOT", "."));
        int port = Integer.parseInt(env("PORT", "3000"));
        String tableName = env("TABLE_NAME", "claims-local");

        SamTemplate template = SamTemplate.load(root.resolve("template.yaml"));
        configureFunctions(template, tableName);
        if (LocalTable.ensure(DynamoDbClients.shared(), template, tableName)) {
            System.out.println("Created table " + tableName + " from template.yaml");
        }

        DevServer server = new DevServer(template, port).start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        String base = "http://127.0.0.1:" + server.port();
        System.out.println(new SampleData(base, Map.of()).load(root.resolve("samplerequests")));
        System.out.println("Claims API ready at " + base);
        System.out.println("""
                Try:
                  curl -s '%1$s/claims?rating=TRUE'
                  curl -s '%1$s/claims?speaker=Joe%%20Biden'
                  curl -s '%1$s/claims?outlet=NBC%%20News'
                  samplerequests/exercise.sh   (every route, against BASE_URL=%1$s)
                Stop with Ctrl-C.""".formatted(base));
        Thread.currentThread().join();
    }

    /**
     * Gives the in-process handlers the Globals environment of template.yaml, as system
     * properties (a running JVM cannot change its own environment). Real environment
     * variables win.
     */
    public static void configureFunctions(SamTemplate template, String tableName) {
        Map<String, String> resources = Map.of(LocalTable.logicalId(template), tableName);
        template.environment(resources).forEach((name, value) -> {
            if (System.getenv(name) == null) System.setProperty(name, value);
        });
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
