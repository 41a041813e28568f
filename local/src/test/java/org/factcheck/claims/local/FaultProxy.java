package org.factcheck.claims.local;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.factcheck.claims.domain.Ulid;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The control endpoint of scripts/dynamodb_faults.py, which scripts/with-emulator.sh puts
 * between the handlers and the emulator (DYNAMODB_FAULTS_URL), and full dumps of the table.
 * As a test's {@code @RegisterExtension} field it disarms every fault before and after each test.
 */
final class FaultProxy implements BeforeEachCallback, AfterEachCallback {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final URI url;

    FaultProxy() {
        String configured = System.getenv("DYNAMODB_FAULTS_URL");
        if (configured == null) {
            throw new IllegalStateException(
                    "DYNAMODB_FAULTS_URL is not set: run through scripts/with-emulator.sh (make test)");
        }
        url = URI.create(configured);
    }

    /** Fails the next {@code times} calls of {@code operation} whose request body contains {@code match}. */
    void arm(String operation, String fault, int times, String match, Map<String, Object> options) throws Exception {
        Map<String, Object> spec = new LinkedHashMap<>(options);
        spec.put("operation", operation);
        spec.put("fault", fault);
        spec.put("times", times);
        if (match != null) spec.put("match", match);
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(url)
                        .POST(HttpRequest.BodyPublishers.ofString(HandlerClient.JSON.writeValueAsString(spec)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) throw new AssertionError("the proxy refused " + spec + ": " + r.body());
    }

    void arm(String operation, String fault, int times, String match) throws Exception {
        arm(operation, fault, times, match, Map.of());
    }

    /** How often the armed faults fired, in total. */
    int fired() throws Exception {
        return report("faults").stream()
                .mapToInt(f -> ((Number) f.get("fired")).intValue())
                .sum();
    }

    /** Each TransactWriteItems attempt since the last reset: token, digest of the body, outcome. */
    List<Map<String, Object>> transactions() throws Exception {
        return report("transactions");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> report(String part) throws Exception {
        String body = HTTP.send(HttpRequest.newBuilder(url).GET().build(), HttpResponse.BodyHandlers.ofString())
                .body();
        return (List<Map<String, Object>>)
                HandlerClient.JSON.readValue(body, Map.class).get(part);
    }

    void reset() throws Exception {
        HTTP.send(HttpRequest.newBuilder(url).DELETE().build(), HttpResponse.BodyHandlers.discarding());
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        reset();
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        reset();
    }

    /** Each subject with each fault the SDK retries by itself: arguments for parameterized tests. */
    static Stream<Arguments> withRetriedFaults(Object[] subjects) {
        return Stream.of(subjects)
                .flatMap(s -> Stream.of("throughput", "throttling", "internal").map(f -> Arguments.of(s, f)));
    }
    /**
     * A client for the tests' full-table Scans only: the functions' client gives a call 6 s,
     * which a Scan of the whole test table (every claim, and an event per change) can need
     * on a loaded machine.
     */
    static final DynamoDbClient SCANNER = DynamoDbClient.builder()
            .region(Region.US_EAST_1)
            .endpointOverride(URI.create(System.getenv("AWS_ENDPOINT_URL_DYNAMODB")))
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
            .httpClient(UrlConnectionHttpClient.builder()
                    .socketTimeout(Duration.ofSeconds(60))
                    .build())
            .overrideConfiguration(c -> c.apiCallTimeout(Duration.ofSeconds(120)))
            .build();

    /** Every item of the test table by "pk | sk" (Scan: tests only). */
    static Map<String, Map<String, AttributeValue>> dump() {
        Map<String, Map<String, AttributeValue>> items = new TreeMap<>();
        SCANNER.scanPaginator(r -> r.tableName(TestEnvironment.TABLE).consistentRead(true))
                .items()
                .forEach(i -> items.put(i.get("pk").s() + " | " + i.get("sk").s(), i));
        return items;
    }

    /**
     * The keys added, changed or removed between two dumps, as "pk-kind | sk-kind" (ids dropped; an
     * sk that is an id, as an event's, is "&lt;id&gt;"). The change feed's day markers are left out: a
     * function writes one with its first event of a day, so whether a given write has one depends
     * on which tests ran before.
     */
    static java.util.Set<String> changedKinds(
            Map<String, Map<String, AttributeValue>> before, Map<String, Map<String, AttributeValue>> after) {
        java.util.Set<String> kinds = new java.util.TreeSet<>();
        java.util.Set<String> keys = new java.util.HashSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            if (java.util.Objects.equals(before.get(key), after.get(key))) continue;
            String[] parts = key.split(" \\| ");
            if (parts[0].equals("FEEDDAY")) continue;
            String sk = Ulid.isValid(parts[1]) ? "<id>" : parts[1].split("#")[0];
            kinds.add(parts[0].split("#")[0] + " | " + sk);
        }
        return kinds;
    }
}
