package org.mpstudio.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Enforces the dependency rules of docs/architecture.md by reading the {@code import} lines of every main source
 * file: which of our packages a layer may use, which libraries only one layer may import, and no cycles.
 */
class ArchitectureTest {

    private static final String ROOT = "org.mpstudio";
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

    /** Layer -> the layers of ours it may import (besides itself and its own sub-packages). */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("model", Set.of()),
            Map.entry("i18n", Set.of()),
            Map.entry("task", Set.of()),
            Map.entry("store", Set.of("model", "i18n")),
            Map.entry("ingest", Set.of("model", "i18n")),
            Map.entry("template", Set.of("model", "i18n")),
            Map.entry("folder", Set.of("model", "i18n", "ingest")),
            Map.entry("check", Set.of("model", "i18n", "template")),
            Map.entry("chart", Set.of("model", "i18n")),
            Map.entry("export", Set.of("model", "i18n", "chart", "task", "template")),
            Map.entry("review", Set.of("model", "i18n")),
            Map.entry("cli", Set.of("model", "i18n", "task", "store", "ingest", "template", "folder", "check", "chart",
                    "export", "review")),
            Map.entry("ui", Set.of("model", "i18n", "task", "store", "ingest", "template", "folder", "check", "chart",
                    "export", "review")),
            Map.entry("", Set.of("cli", "ui")));

    /** Library package prefix -> the only layers that may import it. */
    private static final Map<String, Set<String>> LIBRARIES = Map.of(
            "javafx.", Set.of("ui"),
            "org.objectweb.asm.", Set.of("ui"),
            "org.fxmisc.", Set.of("ui"),
            "org.apache.poi.", Set.of("ingest", "export", "review"),
            "com.vladsch.flexmark.", Set.of("template", "ui"),
            "java.sql.", Set.of("store"),
            "org.sqlite.", Set.of("store"),
            "org.jfree.", Set.of("chart"),
            "picocli.", Set.of("cli"));

    record Source(Path file, String pkg, List<String> imports) {
        String layer() {
            String rest = pkg.equals(ROOT) ? "" : pkg.substring(ROOT.length() + 1);
            int dot = rest.indexOf('.');
            return dot < 0 ? rest : rest.substring(0, dot);
        }
    }

    private static List<Source> sources() throws IOException {
        Path main = Path.of(System.getProperty("mpstudio.projectRoot", "."), "src", "main", "java");
        List<Source> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(main)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                Matcher pm = PACKAGE.matcher(text);
                if (!pm.find()) {
                    continue;
                }
                List<String> imports = new ArrayList<>();
                Matcher im = IMPORT.matcher(text);
                while (im.find()) {
                    imports.add(im.group(1));
                }
                out.add(new Source(f, pm.group(1), imports));
            }
        }
        assertTrue(out.size() > 20, "expected to find the main sources under " + main);
        return out;
    }

    private static String layerOf(String className) {
        String rest = className.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        String first = dot < 0 ? "" : rest.substring(0, dot);
        return Character.isUpperCase(first.isEmpty() ? 'A' : first.charAt(0)) ? "" : first;
    }

    @Test
    void layersImportOnlyWhatTheyMay() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Source s : sources()) {
            Set<String> allowed = ALLOWED.get(s.layer());
            if (allowed == null) {
                violations.add(s.file() + ": package " + s.pkg() + " is not in docs/architecture.md");
                continue;
            }
            for (String imp : s.imports()) {
                if (imp.startsWith(ROOT + ".")) {
                    String target = layerOf(imp);
                    if (!target.equals(s.layer()) && !allowed.contains(target)) {
                        violations.add(s.file() + ": " + s.layer() + " may not import " + imp);
                    }
                }
                LIBRARIES.forEach((prefix, layers) -> {
                    if (imp.startsWith(prefix) && !layers.contains(s.layer())) {
                        violations.add(s.file() + ": only " + layers + " may import " + imp);
                    }
                });
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void packagesHaveNoCycles() throws IOException {
        Map<String, Set<String>> edges = new TreeMap<>();
        for (Source s : sources()) {
            Set<String> to = edges.computeIfAbsent(s.pkg(), k -> new TreeSet<>());
            for (String imp : s.imports()) {
                if (imp.startsWith(ROOT + ".")) {
                    String pkg = imp.substring(0, imp.lastIndexOf('.'));
                    if (!pkg.equals(s.pkg()) && Character.isLowerCase(pkg.charAt(pkg.lastIndexOf('.') + 1))) {
                        to.add(pkg);
                    }
                }
            }
        }
        List<String> cycles = new ArrayList<>();
        for (String start : edges.keySet()) {
            findCycle(start, start, edges, new HashSet<>(), new ArrayList<>(List.of(start)), cycles);
        }
        assertEquals(List.of(), cycles);
    }

    private static void findCycle(String start, String at, Map<String, Set<String>> edges, Set<String> seen,
                                  List<String> path, List<String> cycles) {
        for (String next : edges.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                cycles.add(String.join(" -> ", path) + " -> " + start);
            } else if (seen.add(next)) {
                path.add(next);
                findCycle(start, next, edges, seen, path, cycles);
                path.remove(path.size() - 1);
            }
        }
    }

    @Test
    void everyPackageSaysWhatItOwns() throws IOException {
        Set<String> packages = new TreeSet<>();
        Map<String, Boolean> hasInfo = new HashMap<>();
        for (Source s : sources()) {
            packages.add(s.pkg());
            if (s.file().getFileName().toString().equals("package-info.java")) {
                hasInfo.put(s.pkg(), true);
            }
        }
        packages.remove(ROOT);
        List<String> missing = packages.stream().filter(p -> !hasInfo.containsKey(p)).toList();
        assertEquals(List.of(), missing);
    }
}
