package org.mpstudio.ingest;

import java.util.Locale;
import java.util.Set;

/**
 * Reads numbers as agencies write them: {@code 12.5}, {@code -3}, {@code 1,234}, {@code 1,234.5}, {@code 1.234,5},
 * {@code 1 234,5} (also with no-break, narrow no-break or thin spaces). When both {@code ,} and {@code .} occur the
 * last one is the decimal mark. A single comma is a decimal comma unless exactly three digits follow it
 * ({@code 1,234} is 1234, {@code 12,5} is 12.5); a single dot is always a decimal point. Thousands groups after the
 * first must have three digits. Hand-written for speed: no regex, no allocation for ordinary numbers.
 */
final class NumberParser {

    private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
        1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    private static final long EXACT_LIMIT = 1L << 53;
    private static final Set<String> NO_DATA = Set.of("", "-", "\u2013", "\u2014", "..", "...", "\u2026", "n/a");

    private NumberParser() {
    }

    /** True for cells that mean "no data": empty, {@code -}, {@code –}, {@code —}, {@code ..}, {@code n/a}. */
    static boolean isNoData(String text) {
        String t = text.strip();
        return NO_DATA.contains(t) || NO_DATA.contains(t.toLowerCase(Locale.ROOT));
    }

    /**
     * The number in {@code text} (already stripped), or NaN when it is not one. A trailing {@code %} is accepted and
     * dropped only when {@code percentAllowed}.
     */
    static double parse(String text, boolean percentAllowed) {
        int end = text.length();
        if (end > 0 && text.charAt(end - 1) == '%') {
            if (!percentAllowed) {
                return Double.NaN;
            }
            end--;
            while (end > 0 && isSpace(text.charAt(end - 1))) {
                end--;
            }
        }
        int start = 0;
        boolean negative = false;
        if (start < end && (text.charAt(start) == '-' || text.charAt(start) == '\u2212' || text.charAt(start) == '+')) {
            negative = text.charAt(start) != '+';
            start++;
        }
        if (start >= end || !isDigit(text.charAt(start)) || !isDigit(text.charAt(end - 1))) {
            return Double.NaN;
        }
        char decimal = decimalMark(text, start, end);
        if (decimal == '?') {
            return Double.NaN;
        }
        double value = digits(text, start, end, decimal);
        return negative ? -value : value;
    }

    /** The decimal mark ({@code ,} or {@code .}), {@code 0} for none, {@code ?} when the characters are not a number. */
    private static char decimalMark(String text, int start, int end) {
        int commas = 0;
        int dots = 0;
        int spaces = 0;
        int lastComma = -1;
        int lastDot = -1;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == ',') {
                commas++;
                lastComma = i;
            } else if (c == '.') {
                dots++;
                lastDot = i;
            } else if (isSpace(c)) {
                spaces++;
            } else if (!isDigit(c)) {
                return '?';
            }
        }
        if (commas > 0 && dots > 0) {
            return lastComma > lastDot ? (commas == 1 ? ',' : '?') : (dots == 1 ? '.' : '?');
        }
        if (commas == 1) {
            boolean leadingZero = text.charAt(start) == '0' && lastComma == start + 1;
            return spaces > 0 || end - lastComma - 1 != 3 || leadingZero ? ',' : 0;
        }
        return dots == 1 ? '.' : 0;
    }

    /** Parses digits with group separators (every non-digit other than {@code decimal}) checked to groups of 3. */
    private static double digits(String text, int start, int end, char decimal) {
        long mantissa = 0;
        int significant = 0;
        int scale = 0;
        int group = 0;
        char groupChar = 0;
        boolean grouped = false;
        boolean fraction = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (isDigit(c)) {
                if (significant < 18) {
                    mantissa = mantissa * 10 + (c - '0');
                    significant += mantissa != 0 ? 1 : 0;
                    scale += fraction ? 1 : 0;
                } else {
                    significant++;
                }
                group++;
            } else if (c == decimal) {
                if (grouped && group != 3) {
                    return Double.NaN;
                }
                fraction = true;
            } else {
                char kind = isSpace(c) ? ' ' : c;
                if (fraction || (groupChar != 0 && kind != groupChar) || group == 0 || group > 3
                        || (grouped && group != 3)) {
                    return Double.NaN;
                }
                groupChar = kind;
                grouped = true;
                group = 0;
            }
        }
        if (!fraction && grouped && group != 3) {
            return Double.NaN;
        }
        if (significant <= 18 && scale == 0) {
            return mantissa;
        }
        return significant <= 18 && mantissa < EXACT_LIMIT && scale < POW10.length ? mantissa / POW10[scale]
                : Double.parseDouble(cleaned(text, start, end, decimal));
    }

    /** The digits with a {@code .} for the decimal mark, for the rare numbers with more than 18 digits. */
    private static String cleaned(String text, int start, int end, char decimal) {
        StringBuilder sb = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (isDigit(c)) {
                sb.append(c);
            } else if (c == decimal) {
                sb.append('.');
            }
        }
        return sb.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
    }
}
