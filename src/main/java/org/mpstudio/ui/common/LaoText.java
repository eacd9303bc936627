package org.mpstudio.ui.common;

import javafx.scene.Node;
import javafx.scene.text.Font;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

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

    /** Loads the bundled fonts once; without them JavaFX falls back to a font that breaks Lao. */
    public static void loadFonts() {
        for (String name : List.of("NotoSansLao-Regular.ttf", "NotoSansLao-Bold.ttf", "NotoSans-Regular.ttf",
                "NotoSans-Bold.ttf", "NotoSans-Italic.ttf", "NotoSans-BoldItalic.ttf")) {
            try (InputStream in = LaoText.class.getResourceAsStream("/fonts/" + name)) {
                if (in == null || Font.loadFont(in, 13) == null) {
                    LOG.log(System.Logger.Level.WARNING, "font not loaded: " + name);
                }
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "font not loaded: " + name, e);
            }
        }
    }
}
