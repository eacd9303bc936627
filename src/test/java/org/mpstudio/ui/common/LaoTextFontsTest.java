package org.mpstudio.ui.common;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bundled fonts, as the editor's jar holds them, load from copies in the data folder: made once, made again when
 * the bundled font changes, never half written, and no font copy is left in the temporary folder (where JavaFX puts
 * a font it is given as a stream). When the data folder cannot be written, the font still loads.
 */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class LaoTextFontsTest {

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 100, 100));
        stage.show();
    }

    /** A jar holding {@code bytes} as {@code fonts/name}, and the URL of that entry. */
    private URL jarWith(String jarName, String name, byte[] bytes) throws IOException {
        Path jar = dir.resolve(jarName);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("fonts/" + name));
            out.write(bytes);
            out.closeEntry();
        }
        return new URL("jar:" + jar.toUri() + "!/fonts/" + name);
    }

    private static byte[] bundled(String name) throws IOException {
        try (var in = LaoText.class.getResourceAsStream("/fonts/" + name)) {
            return in.readAllBytes();
        }
    }

    private static Set<String> tempFontCopies() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("+JXF"))
                    .collect(Collectors.toSet());
        }
    }

    @Test
    void aFontInTheJarLoadsFromItsCopyAndLeavesNothingInTheTemporaryFolder() throws Exception {
        byte[] lao = bundled("NotoSansLao-Regular.ttf");
        URL inJar = jarWith("fonts.jar", "NotoSansLao-Regular.ttf", lao);
        Path copy = dir.resolve("home/fonts/NotoSansLao-Regular.ttf");
        Set<String> before = tempFontCopies();
        Font font = LaoText.load(inJar, copy);
        assertNotNull(font);
        assertEquals(LaoText.FAMILY, font.getFamily());
        Set<String> made = tempFontCopies();
        made.removeAll(before);
        assertEquals(Set.of(), made, "no copy in the temporary folder");
        assertArrayEquals(lao, Files.readAllBytes(copy), "the copy holds the bundled font");
        try (Stream<Path> left = Files.list(copy.getParent())) {
            assertEquals(1, left.count(), "nothing half written is left next to the copy");
        }
    }

    @Test
    void theCopyIsMadeOnceAndAgainWhenTheBundledFontChanges() throws Exception {
        byte[] first = "first version of a font file".getBytes();
        byte[] second = "other version of a font file".getBytes();
        assertEquals(first.length, second.length, "same length: only the bytes tell them apart");
        Path copy = dir.resolve("fonts/x.ttf");
        LaoText.copied(jarWith("a.jar", "x.ttf", first), copy);
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(copy, old);
        LaoText.copied(jarWith("a2.jar", "x.ttf", first), copy);
        assertEquals(old, Files.getLastModifiedTime(copy), "the same font is not written again");
        LaoText.copied(jarWith("b.jar", "x.ttf", second), copy);
        assertArrayEquals(second, Files.readAllBytes(copy), "a changed font replaces the copy");
        Files.write(copy, Arrays.copyOf(first, 5));
        LaoText.copied(jarWith("c.jar", "x.ttf", second), copy);
        assertArrayEquals(second, Files.readAllBytes(copy), "a damaged copy is made again");
    }

    @Test
    void aDataFolderThatCannotBeWrittenStillLoadsTheFont() throws Exception {
        URL inJar = jarWith("fonts.jar", "NotoSans-Regular.ttf", bundled("NotoSans-Regular.ttf"));
        Path notAFolder = dir.resolve("home");
        try (OutputStream out = Files.newOutputStream(notAFolder)) {
            out.write(1);
        }
        Font font = LaoText.load(inJar, notAFolder.resolve("fonts/NotoSans-Regular.ttf"));
        assertNotNull(font, "loaded from the jar instead");
        assertEquals("Noto Sans", font.getFamily());
        assertFalse(Files.isDirectory(notAFolder));
        assertTrue(Files.isRegularFile(notAFolder));
    }
}
