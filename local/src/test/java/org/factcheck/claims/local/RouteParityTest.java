package org.factcheck.claims.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** template.yaml and openapi.yaml must describe the same set of routes. */
class RouteParityTest {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @Test
    void templateAndOpenApiHaveTheSameRoutes() {
        Set<String> template = new TreeSet<>();
        SamTemplate.load(Path.of("../template.yaml")).routes().forEach(r -> template.add(r.method() + " " + r.path()));

        Set<String> openapi = new TreeSet<>();
        SamTemplate.map(CloudFormationYaml.read(Path.of("../openapi.yaml")).get("paths"))
                .forEach((path, item) -> SamTemplate.map(item).keySet().stream()
                        .filter(METHODS::contains)
                        .forEach(m -> openapi.add(m.toUpperCase(Locale.ROOT) + " " + path)));

        assertFalse(template.isEmpty());
        assertEquals(template, openapi);
    }
}
