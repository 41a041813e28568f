package org.factcheck.claims.local;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Priming runs the events of events/ (sam build packages only functions/claims-api, so
 * they travel as copies in its resources): each copy is the same file, byte for byte.
 */
class PrimingEventsTest {
    private static final Path COPIES = TestEnvironment.ROOT.resolve("functions/claims-api/src/main/resources/priming");

    @Test
    void thePrimingEventsAreTheEventsOfEventsFolder() throws IOException {
        List<Path> copies;
        try (Stream<Path> files = Files.list(COPIES)) {
            copies = files.sorted().toList();
        }
        long functions = TestEnvironment.TEMPLATE.resources().values().stream()
                .filter(r -> "AWS::Serverless::Function".equals(r.get("Type")))
                .count();
        assertEquals(functions, copies.size(), "one per function: " + copies);
        for (Path copy : copies) {
            Path original = TestEnvironment.ROOT.resolve("events").resolve(copy.getFileName());
            assertArrayEquals(
                    Files.readAllBytes(original), Files.readAllBytes(copy), copy + " differs from " + original);
        }
    }
}
