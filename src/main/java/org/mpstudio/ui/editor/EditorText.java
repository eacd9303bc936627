package org.mpstudio.ui.editor;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Positions in the editor's text: 1-based line and column to offsets, and what completion applies at the caret. */
public final class EditorText {

    private static final Pattern VALUE = Pattern.compile("\\{\\{\\s*(?:value|latest-period|change)\\s+([a-z0-9_]*)$");
    private static final Pattern REF = Pattern.compile("@(fig|tbl):([A-Za-z0-9_-]*)$");

    private EditorText() {
    }

    /** What to complete at the caret: the word typed so far and the candidates that start with it. */
    public record Completion(String prefix, List<String> candidates) {
    }

    /** The offset of a 1-based line and column (column 0 = start of line), or -1 when there is no such line. */
    public static int offset(String text, int line, int column) {
        if (line < 1) {
            return -1;
        }
        int at = 0;
        for (int l = 1; l < line; l++) {
            at = text.indexOf('\n', at);
            if (at < 0) {
                return -1;
            }
            at++;
        }
        int lineEnd = text.indexOf('\n', at);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        return Math.min(at + Math.max(0, column - 1), lineEnd);
    }

    /** The end of the placeholder or word starting at {@code at}, at least one character on. */
    public static int wordEnd(String text, int at) {
        if (text.startsWith("{{", at)) {
            int close = text.indexOf("}}", at);
            int nl = text.indexOf('\n', at);
            if (close > 0 && (nl < 0 || close < nl)) {
                return close + 2;
            }
        }
        int i = at;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return Math.max(i, Math.min(at + 1, text.length()));
    }

    /**
     * Completion for the text before the caret: indicator ids after {@code {{value }, chart ids after
     * {@code @fig:} and table ids after {@code @tbl:}; null when nothing applies.
     *
     * @param figureIds ids such as {@code fig:deployed}, {@code tbl:stock}
     */
    public static Completion completion(String before, List<String> indicatorIds, List<String> figureIds) {
        Matcher v = VALUE.matcher(before);
        if (v.find()) {
            String prefix = v.group(1);
            return new Completion(prefix, indicatorIds.stream().filter(id -> id.startsWith(prefix)).sorted().toList());
        }
        Matcher r = REF.matcher(before);
        if (r.find()) {
            String type = r.group(1) + ":";
            String prefix = r.group(2);
            return new Completion(prefix, figureIds.stream().filter(id -> id.startsWith(type + prefix))
                    .map(id -> id.substring(type.length())).sorted().toList());
        }
        return null;
    }
}
