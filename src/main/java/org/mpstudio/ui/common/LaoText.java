package org.mpstudio.ui.common;

import javafx.scene.Node;
import javafx.scene.text.Font;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Lao in JavaFX (DESIGN section 5): JavaFX shapes Lao only in an explicit Lao font, so views put the bundled
 * "Noto Sans Lao" on every Lao run (style class {@code lao}); the Java agent makes JavaFX treat Lao as complex text.
 */
public final class LaoText {

    /** The family name the bundled font registers; CSS refers to it. */
    public static final String FAMILY = "Noto Sans Lao";
    /** The style class for Lao runs. */
    public static final String STYLE_CLASS = "lao";
    /** The style class for Latin-only data shown in a Lao UI. */
    public static final String LATIN_CLASS = "latin-text";
    private static final System.Logger LOG = System.getLogger(LaoText.class.getName());

    private LaoText() {
    }

    /** A run of text that is all Lao or all not Lao. */
    public record Run(String text, boolean lao) {
    }

    public static boolean isLao(int codePoint) {
        return codePoint >= 0x0E80 && codePoint <= 0x0EFF;
    }

    /** Splits text into Lao and other runs; spaces and punctuation stay with the run they are in. */
    public static List<Run> runs(String text) {
        List<Run> out = new ArrayList<>();
        int start = 0;
        boolean lao = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            boolean neutral = Character.isWhitespace(ch) || ch == '\u200B' || ch == '\u200D';
            boolean isLao = isLao(ch);
            if (!neutral && isLao != lao) {
                if (i > start) {
                    out.add(new Run(text.substring(start, i), lao));
                }
                start = i;
                lao = isLao;
            }
        }
        if (start < text.length()) {
            out.add(new Run(text.substring(start), lao));
        }
        return out;
    }

    /**
     * Marks {@code node} as showing Latin-only profile data (style class {@code latin-text}) when {@code text} has no
     * Lao, so a Lao UI keeps a Latin font for it (the Lao font has no Latin letters or digits of its own).
     */
    public static void markLatin(Node node, String text) {
        node.getStyleClass().remove(LATIN_CLASS);
        if (text != null && text.codePoints().noneMatch(LaoText::isLao)) {
            node.getStyleClass().add(LATIN_CLASS);
        }
    }

    /**
     * Gives a node's {@code styleClasses} the Lao font class ({@code lao}) when {@code text} has Lao, and takes it
     * away when not: the node shows profile data, whose language is not the UI's.
     */
    public static void markLao(List<String> styleClasses, String text) {
        styleClasses.remove(STYLE_CLASS);
        if (text != null && text.codePoints().anyMatch(LaoText::isLao)) {
            styleClasses.add(STYLE_CLASS);
        }
    }

    /** The fonts the editor bundles (in {@code /fonts/}). */
    static final List<String> FONTS = List.of("NotoSansLao-Regular.ttf", "NotoSansLao-Bold.ttf", "NotoSans-Regular.ttf",
            "NotoSans-Bold.ttf", "NotoSans-Italic.ttf", "NotoSans-BoldItalic.ttf");

    /**
     * Loads the bundled fonts once; without them JavaFX falls back to a font that breaks Lao. They are read from
     * copies in the data folder's {@code fonts} ({@link #loadFonts(Path)}).
     */
    public static void loadFonts() {
        loadFonts(AppHome.home().resolve("fonts"));
    }

    /**
     * Loads the bundled fonts. A font inside the jar is loaded from its copy in {@code folder}, made on the first
     * start and again when the bundled one differs: JavaFX reads a font file in place, but copies a font given as a
     * stream into the temporary folder at every start (1.5 MB for these), where a killed or crashed editor leaves the
     * copies behind. A font that is a file already (a build's classes folder) is loaded in place; when the folder
     * cannot be written, from the jar as a stream.
     */
    static void loadFonts(Path folder) {
        for (String name : FONTS) {
            URL bundled = LaoText.class.getResource("/fonts/" + name);
            if (bundled == null || load(bundled, folder.resolve(name)) == null) {
                LOG.log(System.Logger.Level.WARNING, "font not loaded: " + name);
            }
        }
    }

    /** Loads {@code bundled}, through {@code copy} when it is in a jar ({@link #loadFonts(Path)}); null if it fails. */
    static Font load(URL bundled, Path copy) {
        try {
            if ("file".equals(bundled.getProtocol())) {
                return Font.loadFont(bundled.toExternalForm(), 13);
            }
            Font font = Font.loadFont(copied(bundled, copy).toUri().toString(), 13);
            if (font != null) {
                return font;
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.INFO, "font copy not usable, loading from the jar: " + copy, e);
        }
        try (InputStream in = bundled.openStream()) {
            return Font.loadFont(in, 13);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "font not read: " + bundled, e);
            return null;
        }
    }

    /**
     * {@code copy}, written from {@code bundled} unless it already holds the same bytes (same length and CRC-32 as
     * the jar entry); written to a temporary name first, so a copy is never half written.
     */
    static Path copied(URL bundled, Path copy) throws IOException {
        URLConnection connection = bundled.openConnection();
        long size = connection.getContentLengthLong();
        long crc = connection instanceof JarURLConnection jar ? jar.getJarEntry().getCrc() : -1;
        if (size >= 0 && crc >= 0 && Files.isRegularFile(copy) && Files.size(copy) == size && crc(copy) == crc) {
            return copy;
        }
        Files.createDirectories(copy.getParent());
        Path part = Files.createTempFile(copy.getParent(), copy.getFileName().toString(), ".part");
        try (InputStream in = connection.getInputStream()) {
            Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
        return copy;
    }

    private static long crc(Path file) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(Files.readAllBytes(file));
        return crc.getValue();
    }
}
