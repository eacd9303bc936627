package org.mpstudio.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A chart block as the drafter wrote it: which indicator, what goes on the x axis, which dimension makes the
 * series, which dimension values are pinned, which periods, the title and an optional note.
 *
 * @param x       {@code period} or a dimension name
 * @param series  a dimension name, or empty for a single series
 * @param periods the periods to show, empty for all
 */
public record ChartSpec(String id, ChartType type, String indicator, String x, String series,
                        Map<String, String> filters, List<Period> periods, String title, String note) {

    /** Chart kinds a report needs; no 3D, no gradients. */
    public enum ChartType { BAR, HBAR, LINE, STACKED, PIE }

    public ChartSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(indicator, "indicator");
        x = x == null || x.isBlank() ? "period" : x;
        series = series == null ? "" : series;
        filters = Map.copyOf(filters);
        periods = List.copyOf(periods);
        title = title == null ? "" : title;
        note = note == null ? "" : note;
    }
}
