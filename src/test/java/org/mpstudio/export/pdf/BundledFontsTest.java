package org.mpstudio.export.pdf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BundledFontsTest {

    @TempDir
    Path dir;

    @Test
    void findsTheFontsBundledWithTheApplication() throws IOException {
        List<String> names = new BundledFonts(getClass().getClassLoader()).resourceNames();
        assertTrue(names.containsAll(List.of("NotoSerif-Regular.ttf", "Phetsarath_OT.ttf")), names.toString());
        assertTrue(names.stream().allMatch(n -> n.endsWith(".ttf")), names.toString());
    }

    @Test
    void copiesFontsOutOfAJar() throws IOException {
        Path jar = dir.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("fonts/"));
            entry(out, "fonts/Test-Regular.ttf", new byte[] {1, 2, 3});
            entry(out, "fonts/README.md", new byte[] {4});
            entry(out, "fonts/sub/Other.ttf", new byte[] {5});
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            BundledFonts fonts = new BundledFonts(loader);
            assertEquals(List.of("Test-Regular.ttf"), fonts.resourceNames());
            assertEquals(1, fonts.copyTo(dir.resolve("out"), null));
            assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(dir.resolve("out/Test-Regular.ttf")));
            assertEquals(0, fonts.copyTo(dir.resolve("out"), null), "an unchanged font is not copied again");
        }
    }

    @Test
    void copiesTheFontsOfAGivenFolderInstead() throws IOException {
        Path given = Files.createDirectories(dir.resolve("given"));
        Files.write(given.resolve("A.otf"), new byte[] {1});
        Files.write(given.resolve("notes.txt"), new byte[] {2});
        assertEquals(1, new BundledFonts(getClass().getClassLoader()).copyTo(dir.resolve("out"), given));
        try (var files = Files.list(dir.resolve("out"))) {
            assertEquals(List.of("A.otf"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    private static void entry(JarOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(bytes);
        out.closeEntry();
    }
}
