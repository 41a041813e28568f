package org.factcheck.claims.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.factcheck.claims.auth.KeyIssuer;
import org.factcheck.claims.auth.NewApiKey;
import org.factcheck.claims.keys.Role;
import org.factcheck.claims.store.UsagePlans;
import org.factcheck.claims.store.dynamodb.DynamoDbApiKeyStore;
import org.factcheck.claims.store.dynamodb.DynamoDbClients;

/**
 * `make run`: creates the tables from template.yaml in the configured DynamoDB endpoint,
 * serves the API on 127.0.0.1 and loads the sample claims through it.
 */
public final class LocalApi {
    static final String WEBHOOK_ALLOW_LOOPBACK = "WEBHOOK_ALLOW_LOOPBACK";

    private LocalApi() {}

    public static void main(String[] args) throws Exception {
        Path root = Path.of(env("PROJECT_ROOT", "."));
        int port = Integer.parseInt(env("PORT", "3000"));
        SamTemplate template = SamTemplate.load(root.resolve("template.yaml"));
        Map<String, String> tables = LocalTable.names(template, env("TABLE_SUFFIX", "local"), System.getenv());
        configureFunctions(template, tables);
        // A developer's webhook receiver runs on 127.0.0.1 (template.yaml says "false" for AWS).
        if (System.getenv(WEBHOOK_ALLOW_LOOPBACK) == null) System.setProperty(WEBHOOK_ALLOW_LOOPBACK, "true");
        for (String created : LocalTable.ensureAll(DynamoDbClients.shared(), template, tables)) {
            System.out.println("Created table " + created + " from template.yaml");
        }
        // Webhooks: the queues in moto, and the notifier and delivery functions fed by its stream and queue.
        localDeliverySettings(env("WEBHOOK_RETRY_SECONDS", "2,4,8"), env("WEBHOOK_PAUSE_AFTER_SECONDS", "60"));
        Map<String, String> resources = new LinkedHashMap<>(tables);
        resources.putAll(LocalQueues.ensureAll(LocalQueues.client(), template, env("TABLE_SUFFIX", "local")));
        configureFunctions(template, resources);
        if (System.getenv(WEBHOOK_ALLOW_LOOPBACK) == null) System.setProperty(WEBHOOK_ALLOW_LOOPBACK, "true");
        LocalDelivery delivery = new LocalDelivery(
                        template, new LocalFunctions(), tables.get("ClaimsTable"), resources, System.err::println)
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(delivery::close));

        Map<String, String> devKeys = createDevKeys(Path.of(
                env("DEV_KEYS_FILE", root.resolve(".local/dev-keys.json").toString())));
        DevServer server = new DevServer(template, port).start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        String base = "http://127.0.0.1:" + server.port();
        System.out.println(new SampleData(base, Map.of("Authorization", "Bearer " + devKeys.get("factchecker")))
                .load(root.resolve("samplerequests")));
        System.out.println("Claims API ready at " + base);
        System.out.println(
                """
                Development keys (new on every run; also in .local/dev-keys.json):
                  reader       %2$s
                  factchecker  %3$s
                  admin        %4$s
                Try:
                  KEY=$(python3 -c 'import json; print(json.load(open(".local/dev-keys.json"))["reader"])')
                  curl -s '%1$s/claims?rating=TRUE' -H "Authorization: Bearer $KEY"
                  curl -s '%1$s/claims?speaker=Joe%%20Biden' -H "Authorization: Bearer $KEY"
                  BASE_URL=%1$s samplerequests/exercise.sh   (every route)
                Stop with Ctrl-C.""".formatted(base, devKeys.get("reader"), devKeys.get("factchecker"), devKeys.get("admin")));
        Thread.currentThread().join();
    }

    /**
     * Gives the in-process handlers the Globals environment of template.yaml, as system
     * properties (a running JVM cannot change its own environment). Real environment
     * variables win.
     */
    public static void configureFunctions(SamTemplate template, Map<String, String> tables) {
        template.environment(tables).forEach((name, value) -> {
            if (System.getenv(name) == null) System.setProperty(name, value);
        });
    }

    /**
     * Local webhook retries (short: seconds, not hours) and pause time, unless the
     * environment sets them; and the SQS endpoint, moto's, for the in-process functions.
     */
    public static void localDeliverySettings(String retrySeconds, String pauseAfterSeconds) {
        if (System.getenv("WEBHOOK_RETRY_SECONDS") == null) System.setProperty("WEBHOOK_RETRY_SECONDS", retrySeconds);
        if (System.getenv("WEBHOOK_PAUSE_AFTER_SECONDS") == null)
            System.setProperty("WEBHOOK_PAUSE_AFTER_SECONDS", pauseAfterSeconds);
        if (System.getenv("AWS_ENDPOINT_URL_SQS") == null)
            System.setProperty("aws.endpointUrlSqs", LocalQueues.endpoint().toString());
    }

    /** One fresh key per role, written to {@code file} (git-ignored) as {"reader": "...", ...}. */
    static Map<String, String> createDevKeys(Path file) throws IOException {
        Map<String, String> keys = new LinkedHashMap<>();
        KeyIssuer issuer = new KeyIssuer(DynamoDbApiKeyStore.fromEnvironment(), UsagePlans.NONE);
        for (Role role : Role.values()) {
            keys.put(
                    role.wireName(),
                    issuer.issue(new NewApiKey("dev-" + role.wireName(), role, null), Instant.now())
                            .key());
        }
        writeOwnerOnly(file, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(keys));
        return keys;
    }

    /**
     * Writes {@code text} to {@code file} readable by its owner only (0600). The file is
     * created with that mode beside the target and moved over it, so the keys are never
     * in a file with wider permissions, not even one left by an older run.
     */
    static void writeOwnerOnly(Path file, String text) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(
                dir,
                file.getFileName().toString(),
                ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(temp, text);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
