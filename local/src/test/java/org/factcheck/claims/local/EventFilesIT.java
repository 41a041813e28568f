package org.factcheck.claims.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Feeds every file in events/ to the function its route names in template.yaml, as
 * `sam local invoke -e` would, so no event file can go stale.
 */
class EventFilesIT {
    /** What each event may answer: writes may meet their own earlier run, reads an absent id. */
    private static final Map<String, Set<Integer>> EXPECTED = Map.ofEntries(
            Map.entry("post-claims.json", Set.of(201, 409)),
            Map.entry("post-articles.json", Set.of(200, 201)),
            Map.entry("get-claims.json", Set.of(200)),
            Map.entry("get-claim.json", Set.of(200, 404)),
            Map.entry("patch-claim.json", Set.of(200, 404, 412)),
            Map.entry("post-appearance.json", Set.of(200, 201, 404)),
            Map.entry("post-verdict.json", Set.of(201, 404, 412)),
            Map.entry("get-verdicts.json", Set.of(200, 404)),
            Map.entry("get-claimreview.json", Set.of(200, 404)),
            Map.entry("post-keys.json", Set.of(201)),
            Map.entry("get-keys.json", Set.of(200)),
            Map.entry("delete-key.json", Set.of(204, 404)),
            Map.entry("authorizer-request.json", Set.of(401)));

    @TestFactory
    @SuppressWarnings("unchecked")
    Stream<DynamicTest> everyEventFileGetsADocumentedAnswer() throws Exception {
        HandlerClient api = new HandlerClient();
        List<Path> files;
        try (Stream<Path> list = Files.list(TestEnvironment.ROOT.resolve("events"))) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "events/ has no event files");
        assertEquals(EXPECTED.keySet(), Set.copyOf(files.stream().map(p -> p.getFileName().toString()).toList()),
                "every event file needs an expected answer here, and every expectation a file");
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            byte[] bytes = Files.readAllBytes(file);
            Map<String, Object> event = HandlerClient.JSON.readValue(bytes, Map.class);
            if ("REQUEST".equals(event.get("type"))) {
                // The authorizer's input: an unknown key is "Unauthorized", which API Gateway answers 401.
                SamTemplate.Route first = TestEnvironment.TEMPLATE.routes().getFirst();
                Exception e = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                        () -> api.invokeAuthorizer(first.authorizer(), bytes));
                assertEquals("Unauthorized", e.getMessage());
                return;
            }
            SamTemplate.Route route = TestEnvironment.TEMPLATE.routes().stream()
                    .filter(r -> r.method().equals(event.get("httpMethod")) && r.path().equals(event.get("resource")))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(file + " names no route of template.yaml"));
            HandlerClient.Response response = api.invoke(route, bytes);
            Set<Integer> expected = EXPECTED.get(file.getFileName().toString());
            assertTrue(expected.contains(response.status()), file + " answered " + response.status() + " " + response.body());
            if (response.status() != 204) {
                assertNotNull(response.header("Content-Type"));
                response.json();
            }
        }));
    }
}
