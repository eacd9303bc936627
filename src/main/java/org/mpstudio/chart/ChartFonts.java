package org.mpstudio.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The bundled chart fonts, read once from the classpath folder {@code /fonts/} and registered with the local
 * graphics environment. Charts use Noto Sans for English and Vietnamese and Phetsarath OT for Lao (it has Latin
 * digits, unlike Noto Sans Lao). Fonts are derived from the bundled files themselves, so a different version of
 * the same family installed on the machine never changes the output. Immutable after loading; thread-safe.
 */
final class ChartFonts {

    static final String SANS = "Noto Sans";
    static final String LAO = "Phetsarath OT";

    private static final List<String> FILES = List.of("NotoSans-Regular.ttf", "NotoSans-Bold.ttf",
            "NotoSerif-Regular.ttf", "NotoSerif-Bold.ttf", "Phetsarath_OT.ttf", "NotoSansLao-Regular.ttf",
            "NotoSansLao-Bold.ttf");

    /** Loaded on first use by the JVM's class initialisation, which is thread-safe. */
    private static final class Holder {
        static final ChartFonts INSTANCE = load();
    }

    /** Bundled fonts by "family/style", e.g. "Noto Sans/1" for bold. */
    private final Map<String, Font> fonts;

    private ChartFonts(Map<String, Font> fonts) {
        this.fonts = Map.copyOf(fonts);
    }

    /** The shared instance; the first call reads and registers the font files. */
    static ChartFonts get() {
        return Holder.INSTANCE;
    }

    /** The family used for labels in {@code lang} (en, vi, lo). */
    static String familyFor(String lang) {
        return "lo".equals(lang) ? LAO : SANS;
    }

    /**
     * The chart font for {@code lang} at {@code sizePt} points, plain or {@link Font#BOLD}. Lao has no bold
     * file, so bold Lao is the regular face emboldened by Java2D.
     */
    Font font(String lang, int style, float sizePt) {
        String family = familyFor(lang);
        Font base = fonts.get(family + "/" + style);
        if (base != null) {
            return base.deriveFont(sizePt);
        }
        Font regular = fonts.get(family + "/" + Font.PLAIN);
        return regular != null ? regular.deriveFont(style, sizePt) : new Font(family, style, Math.round(sizePt));
    }

    private static ChartFonts load() {
        GraphicsEnvironment env = GraphicsEnvironment.getLocalGraphicsEnvironment();
        Map<String, Font> out = new HashMap<>();
        for (String file : FILES) {
            try (InputStream in = ChartFonts.class.getResourceAsStream("/fonts/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("bundled font /fonts/" + file + " is missing from the classpath");
                }
                Font font = Font.createFont(Font.TRUETYPE_FONT, in);
                // false only means a font of that name is already known (e.g. installed); we keep our own copy
                env.registerFont(font);
                int style = font.getFontName().contains("Bold") ? Font.BOLD : Font.PLAIN;
                out.putIfAbsent(font.getFamily(Locale.ROOT) + "/" + style, font);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled font " + file, e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("bundled font " + file + " is not a TrueType font", e);
            }
        }
        return new ChartFonts(out);
    }
}
