package org.mpstudio.model.doc;

import java.util.List;
import java.util.Objects;

/**
 * What a chart shows, resolved from the store: categories along the x axis (periods or dimension values, already
 * labelled in the chart's language), one or more series of values ({@code null} where there is no figure), the
 * value axis label (unit), and the source line printed under the chart.
 *
 * @param kind     bar, hbar, line, stacked or pie
 * @param lang     language of the labels (en, vi, lo): number format and font choice
 * @param decimals decimals for value labels
 */
public record ChartData(String kind, List<String> categories, List<Series> series, String valueLabel,
                        String source, String note, int decimals, String lang) {

    /** One series: its name (empty for a single unnamed series) and a value per category. */
    public record Series(String name, List<Double> values) {
        public Series {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }

    public ChartData {
        Objects.requireNonNull(kind, "kind");
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        valueLabel = valueLabel == null ? "" : valueLabel;
        source = source == null ? "" : source;
        note = note == null ? "" : note;
    }
}
