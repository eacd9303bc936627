package org.mpstudio.ingest;

import java.util.Optional;

import org.mpstudio.model.Period;

/**
 * Period column headers of wide tables: {@code 2019}, {@code 2023-07}, {@code 2023-Q1}, and the forms agencies
 * write for quarters: {@code Q1 2023}, {@code 2023 Q1}, {@code Q1/2023}, {@code Q1-2023} (any case).
 */
final class WidePeriods {

    private WidePeriods() {
    }

    static Optional<Period> parse(String header) {
        String text = header.strip();
        Optional<Period> plain = Period.parse(text);
        if (plain.isPresent() || text.length() < 7 || text.length() > 7) {
            return plain;
        }
        // "Q1 2023", "Q1/2023", "Q1-2023"
        if (isQuarter(text, 0) && isSeparator(text.charAt(2)) && isYear(text, text.length() - 4)
                && text.length() == 7) {
            return Optional.of(new Period(year(text, 3), Period.Kind.QUARTER, text.charAt(1) - '0'));
        }
        // "2023 Q1"
        if (text.length() == 7 && isYear(text, 0) && text.charAt(4) == ' ' && isQuarter(text, 5)) {
            return Optional.of(new Period(year(text, 0), Period.Kind.QUARTER, text.charAt(6) - '0'));
        }
        return Optional.empty();
    }

    private static boolean isQuarter(String text, int at) {
        char q = text.charAt(at);
        char n = text.charAt(at + 1);
        return (q == 'Q' || q == 'q') && n >= '1' && n <= '4';
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '/' || c == '-';
    }

    private static boolean isYear(String text, int at) {
        for (int i = at; i < at + 4; i++) {
            if (i >= text.length() || text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return text.charAt(at) != '0';
    }

    private static int year(String text, int at) {
        return Integer.parseInt(text, at, at + 4, 10);
    }
}
