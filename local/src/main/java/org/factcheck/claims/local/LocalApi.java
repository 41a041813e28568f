package org.factcheck.claims.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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
        seed(base, root.resolve("samplerequests"));
        System.out.println("Claims API ready at " + base);
        System.out.println("""
                Try:
                  curl -s %1$s/claims/<claimId>
                  curl -s -X POST %1$s/claims -H 'Content-Type: application/json' \\
                       -d '{"statement":"The sky is green.","speaker":{"name":"A. Speaker"},"appearances":[{"outlet":"Example News"}]}'
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

    /** POSTs every sample claim; a 409 means it is there from an earlier run. */
    static void seed(String base, Path samples) throws IOException, InterruptedException {
        Path claims = samples.resolve("claims");
        if (!Files.isDirectory(claims)) return;
        List<Path> files;
        try (Stream<Path> list = Files.list(claims)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        HttpClient http = HttpClient.newHttpClient();
        int created = 0;
        for (Path file : files) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/claims"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofFile(file))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 201) created++;
            else if (response.statusCode() != 409) {
                throw new IllegalStateException("seeding " + file + " failed: " + response.statusCode() + " " + response.body());
            }
        }
        System.out.println("Loaded " + created + " sample claim(s) from " + claims);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
