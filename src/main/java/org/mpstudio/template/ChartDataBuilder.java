package org.mpstudio.template;

import org.mpstudio.model.ChartSpec;
import org.mpstudio.model.Indicator;
import org.mpstudio.model.Period;
import org.mpstudio.model.doc.ChartData;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a chart spec into the categories and series a chart renderer draws. With a dimension on the x axis and no
 * series, each requested period becomes a series (or the latest period alone when none is requested).
 */
final class ChartDataBuilder {

    private final FigureSource figures;
    private final CodeLabels labels;
    private final SourceNames sources;
    private final String lang;

    ChartDataBuilder(FigureSource figures, CodeLabels labels, SourceNames sources, String lang) {
        this.figures = figures;
        this.labels = labels;
        this.sources = sources;
        this.lang = lang;
    }

    ChartData build(ChartSpec spec, Indicator indicator) {
        String x = spec.x();
        String series = spec.series();
        List<Period> periods = spec.periods();
        Set<String> axes = new HashSet<>(List.of(x));
        if (!series.isEmpty()) {
            axes.add(series);
        }
        FigureSelection sel = new FigureSelection(figures.observations(indicator.id()), spec.filters(), axes, periods);
        if (!x.equals("period") && series.isEmpty()) {
            series = "period";
            if (periods.isEmpty()) {
                List<String> all = sel.values("period", List.of());
                periods = all.isEmpty() ? List.of() : List.of(Period.parse(all.get(all.size() - 1)).orElseThrow());
                sel = new FigureSelection(figures.observations(indicator.id()), spec.filters(), axes, periods);
            }
        }
        List<String> categories = sel.values(x, x.equals("period") ? periods : List.of());
        List<String> seriesKeys = series.isEmpty() ? List.of("") : sel.values(series,
                series.equals("period") ? periods : List.of());
        List<ChartData.Series> out = new ArrayList<>();
        for (String s : seriesKeys) {
            List<Double> values = new ArrayList<>();
            for (String c : categories) {
                values.add(sel.value(x, c, series, s));
            }
            out.add(new ChartData.Series(s.isEmpty() ? indicator.name() : label(series, s), values));
        }
        List<String> categoryLabels = categories.stream().map(c -> label(x, c)).toList();
        return new ChartData(spec.type().name().toLowerCase(Locale.ROOT), categoryLabels, out,
                sources.unitName(indicator), sources.shortList(sel.sourceIds()), spec.note(), indicator.decimals(),
                lang);
    }

    private String label(String axis, String code) {
        return axis.equals("period") ? code : labels.value(axis, code);
    }
}
