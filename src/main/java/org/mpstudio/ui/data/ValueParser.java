package org.mpstudio.ui.data;

import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a number a drafter types: the UI language's way, with its decimal mark and groups of three (en
 * {@code 1,234.5}, vi and lo {@code 1.234,5}; spaces may group too), or plainly with a dot for decimals and no
 * groups ({@code 1234.5}), which works in every language. Text that reads both ways (vi {@code 1.234}) is read the
 * UI language's way: 1234.
 */
final class ValueParser {

    /** The plain way to type a number with decimals, the same in every language. */
    static final String PLAIN_EXAMPLE = "1234.5";
    /** The plain way to type a whole number. */
    static final String PLAIN_WHOLE_EXAMPLE = "1234";

    private static final Pattern PLAIN = Pattern.compile("([+-]?)(\\d+)(?:\\.(\\d+))?");
    private static final String SPACES = " \u00A0\u202F\u2009";

    private ValueParser() {
    }

    /** The number in {@code text}, or empty when it is not one either way. */
    static OptionalDouble parse(String text, Locale locale) {
        String t = text == null ? "" : text.strip().replace('\u2212', '-');
        for (Pattern p : new Pattern[] {local(locale), PLAIN}) {
            Matcher m = p.matcher(t);
            if (m.matches()) {
                String digits = m.group(2).replaceAll("\\D", "");
                String fraction = m.group(3) == null ? "" : "." + m.group(3);
                return OptionalDouble.of(Double.parseDouble(m.group(1) + digits + fraction));
            }
        }
        return OptionalDouble.empty();
    }

    private static Pattern local(Locale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        String group = "[" + Pattern.quote(String.valueOf(symbols.getGroupingSeparator())) + SPACES + "]";
        String decimal = Pattern.quote(String.valueOf(symbols.getDecimalSeparator()));
        return Pattern.compile("([+-]?)(\\d{1,3}(?:" + group + "\\d{3})+|\\d+)(?:" + decimal + "(\\d+))?");
    }

    /** 1234.5 (or 1234 when {@code whole}) written the UI language's way, for hints and messages. */
    static String example(Locale locale, boolean whole) {
        NumberFormat nf = NumberFormat.getNumberInstance(locale);
        nf.setMinimumFractionDigits(whole ? 0 : 1);
        return nf.format(whole ? 1234 : 1234.5);
    }

    /** {@code value} the UI language's way without groups and with every decimal it has, to be edited. */
    static String editable(double value, Locale locale) {
        NumberFormat nf = NumberFormat.getNumberInstance(locale);
        nf.setGroupingUsed(false);
        nf.setMaximumFractionDigits(12);
        return nf.format(value);
    }
}
