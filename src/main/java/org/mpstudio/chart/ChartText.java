package org.mpstudio.chart;

import org.mpstudio.i18n.Messages;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.text.NumberFormat;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Everything language-dependent in one chart: the font family, the number formats of the chart's locale and the
 * generated words. Every string a chart draws passes through {@link #label(String)}. One instance per chart build;
 * the number formats it returns are new objects, because {@code NumberFormat} is not thread-safe.
 */
final class ChartText {

    /** Measures text in points without a graphics context (antialiased, fractional metrics, as drawn). */
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private final String lang;
    private final Locale locale;
    private final int decimals;
    private final ChartFonts fonts;

    ChartText(String lang, int decimals, ChartFonts fonts) {
        this.lang = lang == null || lang.isBlank() ? "en" : lang;
        this.locale = Locale.forLanguageTag(this.lang);
        this.decimals = Math.max(0, decimals);
        this.fonts = fonts;
    }

    /** The chart font at {@code sizePt} points. */
    Font font(float sizePt) {
        return fonts.font(lang, Font.PLAIN, sizePt);
    }

    /** The text to draw for {@code text}: NFC (decomposed Vietnamese marks misplace), Lao made shapeable. */
    String label(String text) {
        return LaoText.shapeable(text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC));
    }

    /** The generated word for {@code key} (e.g. {@code word.source}) in the chart's language, made shapeable. */
    String word(String key) {
        return label(Messages.forLanguage(lang).get(key));
    }

    /** Values as the data states them: the locale's grouping and exactly {@code decimals} decimals. */
    NumberFormat valueFormat() {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f;
    }

    /** Axis ticks: the locale's grouping, up to {@code decimals} decimals (a tick at 2 reads "2", not "2.0"). */
    NumberFormat axisFormat() {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(0);
        f.setMaximumFractionDigits(decimals);
        return f;
    }

    /** Shares of a pie: the locale's percent format with one decimal ("39.0%", so all shares align). */
    NumberFormat percentFormat() {
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f;
    }

    int decimals() {
        return decimals;
    }

    /** The width of {@code text} in points in {@code font}. */
    static double width(String text, Font font) {
        return text.isEmpty() ? 0 : font.getStringBounds(text, FRC).getWidth();
    }
}
