package org.factcheck.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package graph, read from the main sources (imports and fully qualified names): no
 * cycles, {@code auth} never reaches for {@code api}, and {@code domain} stays pure.
 */
class PackageGraphTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final String ROOT = "org.factcheck.claims";
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+);");
    // A name in our packages: lower-case segments, then (optionally) the class.
    private static final Pattern OURS =
            Pattern.compile("\\borg\\.factcheck\\.claims((?:\\.[a-z][a-z0-9_]*)*)(?=\\.[A-Z*]|;)");
    private static final Pattern AWS = Pattern.compile("\\b(software\\.amazon\\.|com\\.amazonaws\\.)");

    @Test
    void packagesFormNoCycles() throws IOException {
        Map<String, Set<String>> graph = graph();
        assertEquals(List.of(), stronglyConnected(graph), "packages that depend on each other, in " + graph);
    }

    @Test
    void authDoesNotDependOnApi() throws IOException {
        Set<String> used = graph().get("auth");
        assertFalse(used.contains("api"), "auth depends on api: " + used);
    }

    @Test
    void domainImportsNeitherAwsNorApiNorStore() throws IOException {
        Map<String, Set<String>> graph = graph();
        Set<String> used = graph.get("domain");
        assertTrue(
                used.stream().noneMatch(p -> p.equals("api") || p.equals("store") || p.startsWith("store.")),
                "domain depends on " + used);
        sources().forEach((file, text) -> {
            if (packageOf(text).equals("domain"))
                assertFalse(AWS.matcher(text).find(), file + " uses the AWS SDK or Lambda runtime");
        });
    }

    /** Each package (relative to org.factcheck.claims, "" for the root) and those it uses. */
    static Map<String, Set<String>> graph() throws IOException {
        Map<String, Set<String>> graph = new TreeMap<>();
        sources().forEach((file, text) -> {
            String from = packageOf(text);
            Set<String> to = graph.computeIfAbsent(from, k -> new TreeSet<>());
            Matcher m = OURS.matcher(text.substring(text.indexOf(';') + 1));
            while (m.find()) {
                String target = m.group(1).isEmpty() ? "" : m.group(1).substring(1);
                if (!target.equals(from)) to.add(target);
            }
        });
        graph.values().forEach(used -> used.forEach(p -> graph.computeIfAbsent(p, k -> new TreeSet<>())));
        return graph;
    }

    /** Tarjan's algorithm; only components of more than one package (a package never lists itself). */
    static List<Set<String>> stronglyConnected(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new TreeMap<>();
        Map<String, Integer> low = new TreeMap<>();
        List<String> stack = new ArrayList<>();
        List<Set<String>> components = new ArrayList<>();
        for (String start : graph.keySet()) {
            if (!index.containsKey(start)) visit(start, graph, index, low, stack, components);
        }
        return components;
    }

    private static void visit(
            String node,
            Map<String, Set<String>> graph,
            Map<String, Integer> index,
            Map<String, Integer> low,
            List<String> stack,
            List<Set<String>> components) {
        index.put(node, index.size());
        low.put(node, index.get(node));
        stack.add(node);
        for (String next : graph.get(node)) {
            if (!index.containsKey(next)) {
                visit(next, graph, index, low, stack, components);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (stack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            Set<String> component = new TreeSet<>();
            String member;
            do {
                member = stack.removeLast();
                component.add(member);
            } while (!member.equals(node));
            if (component.size() > 1) components.add(component);
        }
    }

    @Test
    void theCheckFindsACycle() {
        Map<String, Set<String>> graph = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));
        assertEquals(List.of(Set.of("a", "b", "c")), stronglyConnected(graph));
    }

    /** Every main source file with its text. */
    private static Map<Path, String> sources() throws IOException {
        Map<Path, String> texts = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList())
                texts.put(file, Files.readString(file));
        }
        return texts;
    }

    private static String packageOf(String text) {
        Matcher m = PACKAGE.matcher(text);
        if (!m.find()) throw new AssertionError("no package line");
        String name = m.group(1);
        return name.equals(ROOT) ? "" : name.substring(ROOT.length() + 1);
    }
}
