package org.mpstudio.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference period: a year ({@code 2023}), a month ({@code 2023-07}) or a quarter ({@code 2023-Q3}).
 * Ordered by start date, then by length (a year sorts after its first month and first quarter).
 */
public record Period(int year, Kind kind, int part) implements Comparable<Period> {

    /** What a period covers. */
    public enum Kind { YEAR, QUARTER, MONTH }

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(?:(\\d{2})|[Qq]([1-4])))?");

    public Period {
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        int max = switch (kind) {
            case YEAR -> 0;
            case QUARTER -> 4;
            case MONTH -> 12;
        };
        if (kind == Kind.YEAR ? part != 0 : part < 1 || part > max) {
            throw new IllegalArgumentException("bad " + kind + " part: " + part);
        }
    }

    public static Period ofYear(int year) {
        return new Period(year, Kind.YEAR, 0);
    }

    /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-Qn}; empty when the text is not one of these. */
    public static Optional<Period> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        try {
            if (m.group(2) != null) {
                return Optional.of(new Period(year, Kind.MONTH, Integer.parseInt(m.group(2))));
            }
            if (m.group(3) != null) {
                return Optional.of(new Period(year, Kind.QUARTER, Integer.parseInt(m.group(3))));
            }
            return Optional.of(ofYear(year));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private int startMonth() {
        return switch (kind) {
            case YEAR -> 1;
            case QUARTER -> (part - 1) * 3 + 1;
            case MONTH -> part;
        };
    }

    @Override
    public int compareTo(Period o) {
        int c = Integer.compare(year, o.year);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(startMonth(), o.startMonth());
        return c != 0 ? c : Integer.compare(o.kind.ordinal(), kind.ordinal());
    }

    @Override
    public String toString() {
        return switch (kind) {
            case YEAR -> Integer.toString(year);
            case QUARTER -> year + "-Q" + part;
            case MONTH -> year + (part < 10 ? "-0" : "-") + part;
        };
    }
}
