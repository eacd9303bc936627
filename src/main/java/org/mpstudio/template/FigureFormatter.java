package org.mpstudio.template;

import org.mpstudio.i18n.Messages;
import org.mpstudio.model.Indicator;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * Formats figures for a chapter language: grouping and decimal marks from CLDR for the locale, the indicator's
 * decimals, and the unit's wording from the {@code words} bundle (e.g. {@code US$17.2 billion}, {@code 17,2 tỷ USD}).
 */
public final class FigureFormatter {

    private final Messages words;
    private final Locale locale;
    private final String lang;

    public FigureFormatter(String lang) {
        this.lang = lang;
        this.words = Messages.forLanguage(lang);
        this.locale = Locale.forLanguageTag(lang);
    }

    public String lang() {
        return lang;
    }

    /** The value with the indicator's decimals and unit wording. */
    public String value(Indicator indicator, double value) {
        return words.get("unit." + indicator.unit().code(), number(value, indicator.decimals()));
    }

    /** A plain number with the given decimals, grouped per the locale. */
    public String number(double value, int decimals) {
        NumberFormat nf = NumberFormat.getNumberInstance(locale);
        nf.setMinimumFractionDigits(decimals);
        nf.setMaximumFractionDigits(decimals);
        return nf.format(value);
    }

    /** A signed percentage change such as {@code +8.5%}. */
    public String percentChange(double from, double to) {
        double pct = (to - from) / Math.abs(from) * 100.0;
        return (pct > 0 ? "+" : pct < 0 ? "\u2212" : "") + words.get("unit.percent", number(Math.abs(pct), 1));
    }

    /** A signed difference in the indicator's unit, such as {@code +12,345}. */
    public String difference(Indicator indicator, double from, double to) {
        double diff = to - from;
        return (diff > 0 ? "+" : diff < 0 ? "\u2212" : "") + value(indicator, Math.abs(diff));
    }
}
