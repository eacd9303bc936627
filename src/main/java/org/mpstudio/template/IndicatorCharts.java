package org.mpstudio.template;

import org.mpstudio.model.ChartSpec;
import org.mpstudio.model.Indicator;
import org.mpstudio.model.Observation;
import org.mpstudio.model.ProfileContent;
import org.mpstudio.model.doc.ChartData;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Charts of one indicator outside any chapter, labelled as the draft labels its charts: the data browser's totals
 * by period (observations with no breakdown), as bars, or as a line when there are more than
 * {@value #MOST_BARS} periods.
 */
public final class IndicatorCharts {

    /** Above this many periods a line reads better than bars. */
    static final int MOST_BARS = 12;

    private IndicatorCharts() {
    }

    /** The totals of {@code indicatorId} by period in {@code lang}; empty when the indicator has no total figure. */
    public static Optional<ChartData> totalsByPeriod(ProfileContent content, String indicatorId, String lang) {
        FigureSource figures = new ContentFigureSource(content);
        Optional<Indicator> indicator = figures.indicator(indicatorId);
        List<Observation> totals = figures.observations(indicatorId).stream()
                .filter(o -> o.dimensions().isTotal()).toList();
        if (indicator.isEmpty() || totals.isEmpty()) {
            return Optional.empty();
        }
        long periods = totals.stream().map(Observation::period).distinct().count();
        ChartSpec spec = new ChartSpec("totals", periods > MOST_BARS ? ChartSpec.ChartType.LINE
                : ChartSpec.ChartType.BAR, indicatorId, "period", "", Map.of(), List.of(), "", "");
        return Optional.of(new ChartDataBuilder(figures, new CodeLabels(lang), new SourceNames(figures, lang), lang)
                .build(spec, indicator.get()));
    }
}
