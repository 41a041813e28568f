package org.factcheck.claims.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** .local/dev-keys.json holds working keys: only its owner may read it, from the moment it exists. */
class DevKeysFileTest {

    @Test
    void isCreatedReadableByItsOwnerOnly(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(".local/dev-keys.json");
        LocalApi.writeOwnerOnly(file, "{\"reader\": \"k\"}");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("{\"reader\": \"k\"}", Files.readString(file));
        try (var left = Files.list(file.getParent())) {
            assertEquals(List.of(file), left.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void replacesAnOlderFileThatOthersCouldRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("dev-keys.json");
        Files.writeString(file, "old keys");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        LocalApi.writeOwnerOnly(file, "new keys");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("new keys", Files.readString(file));
    }
}
