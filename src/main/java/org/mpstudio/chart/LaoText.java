package org.mpstudio.chart;

/**
 * Makes Lao display strings shape in Java2D. The JDK decides whether a string needs OpenType layout with
 * {@code FontUtilities.isComplexText}, which leaves out the Lao block U+0E80-U+0EFF, so Lao tone marks are drawn
 * at the vowel's position and collide with it (DESIGN.md section 5). A zero-width joiner (U+200D) counts as
 * complex, so a string that contains one goes through HarfBuzz and the marks are stacked properly; the joiner
 * itself has no width and no ink.
 *
 * <p>Only for strings that are drawn, never for stored or exported text. Stateless and thread-safe.
 */
final class LaoText {

    /** The zero-width joiner that switches a string to complex layout. */
    static final char ZWJ = '\u200D';

    private LaoText() {
    }

    /** True when {@code text} holds at least one character of the Lao block. */
    static boolean containsLao(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isLao(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The string to draw for {@code text}: unchanged when it has no Lao; otherwise with a joiner at its start, at
     * its end and at the end of every word (before each run of spaces or line breaks). Joiners at word ends matter
     * when JFreeChart wraps a label or a source line: each line is drawn as its own substring, and a line break
     * (UAX 14) falls after a space, so every line still holds a joiner and is shaped. A joiner right after a space
     * would not do: it clings to the space and stays on the previous line. Idempotent; null gives "".
     */
    static String shapeable(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        if (!containsLao(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        char previous = ' ';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean wordEnds = Character.isWhitespace(c) && !Character.isWhitespace(previous);
            if ((i == 0 || wordEnds) && c != ZWJ && previous != ZWJ) {
                out.append(ZWJ);
            }
            out.append(c);
            previous = c;
        }
        if (previous != ZWJ && !Character.isWhitespace(previous)) {
            out.append(ZWJ);
        }
        return out.toString();
    }

    private static boolean isLao(char c) {
        return c >= '\u0E80' && c <= '\u0EFF';
    }
}
