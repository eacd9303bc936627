package org.mpstudio.chart;

import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.mpstudio.model.doc.ChartData;

import java.awt.Color;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Builds the plot of a bar, hbar, line or stacked chart: categories along one axis, one dataset row per series,
 * light grey gridlines across the value axis only, white background, no plot border.
 */
final class CategoryChartBuilder {

    private CategoryChartBuilder() {
    }

    static CategoryPlot plot(ChartData data, ChartText text, double widthPt, double heightPt) {
        String kind = data.kind();
        boolean horizontal = "hbar".equals(kind);
        DefaultCategoryDataset dataset = dataset(data, text);
        List<String> labels = data.categories().stream().map(text::label).toList();
        CategoryAxis categories = CategoryAxes.categoryAxis(labels, text, widthPt, !horizontal);
        NumberAxis values = CategoryAxes.valueAxis(text.label(data.valueLabel()), text, !"line".equals(kind));
        boolean valueLabels = !"line".equals(kind) && !"stacked".equals(kind)
                && CategoryRenderers.valueLabelsFit(data, text, widthPt, heightPt, horizontal);
        AbstractCategoryItemRenderer renderer = CategoryRenderers.forKind(kind, data.series().size(), valueLabels,
                text);
        if (renderer.getDefaultItemLabelsVisible()) {
            values.setUpperMargin(horizontal ? 0.14 : 0.1);
        }
        CategoryPlot plot = new CategoryPlot(dataset, categories, values, renderer);
        style(plot, horizontal);
        return plot;
    }

    private static void style(CategoryPlot plot, boolean horizontal) {
        plot.setOrientation(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        // JFreeChart puts a horizontal chart's value axis on top; a report reads it at the bottom
        plot.setRangeAxisLocation(horizontal ? AxisLocation.BOTTOM_OR_RIGHT : AxisLocation.BOTTOM_OR_LEFT);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(true);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlineStroke(ChartStyle.GRID_STROKE);
        plot.setRangeZeroBaselineVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        // room on the right for the last value-axis tick label of horizontal bars
        plot.setInsets(new RectangleInsets(6, 2, 2, horizontal ? 16 : 8));
    }

    /** One row per series, one column per category; a null value stays null (JFreeChart then draws nothing). */
    static DefaultCategoryDataset dataset(ChartData data, ChartText text) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<ChartKey> columns = keys(data.categories(), text);
        for (int s = 0; s < data.series().size(); s++) {
            ChartData.Series series = data.series().get(s);
            ChartKey row = new ChartKey(s, text.label(series.name()));
            for (int c = 0; c < columns.size(); c++) {
                Double value = c < series.values().size() ? series.values().get(c) : null;
                dataset.addValue(value, row, columns.get(c));
            }
        }
        return dataset;
    }

    private static List<ChartKey> keys(List<String> labels, ChartText text) {
        return IntStream.range(0, labels.size())
                .mapToObj(i -> new ChartKey(i, text.label(labels.get(i)))).toList();
    }
}
