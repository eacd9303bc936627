package org.mpstudio.chart;

import org.jfree.chart.labels.StandardPieSectionLabelGenerator;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.util.Rotation;
import org.jfree.data.general.DefaultPieDataset;
import org.mpstudio.model.doc.ChartData;

import java.awt.Color;
import java.util.List;

/**
 * Builds the plot of a pie chart from the first series: one slice per category with a value, starting at twelve
 * o'clock and going clockwise, each labelled outside with its name and its share in the chart's locale ("Japan
 * 43%"), so the pie needs no legend. Slices without a figure (null) are left out rather than drawn as zero.
 */
final class PieChartBuilder {

    private PieChartBuilder() {
    }

    static PiePlot<ChartKey> plot(ChartData data, ChartText text) {
        PiePlot<ChartKey> plot = new PiePlot<>(dataset(data, text));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setShadowPaint(null);
        plot.setCircular(true);
        plot.setStartAngle(90);
        plot.setDirection(Rotation.CLOCKWISE);
        plot.setIgnoreNullValues(true);
        plot.setIgnoreZeroValues(true);
        plot.setInteriorGap(0.04);
        plot.setInsets(new RectangleInsets(4, 4, 4, 4));
        plot.setSectionOutlinesVisible(true);
        plot.setDefaultSectionOutlinePaint(Color.WHITE);
        plot.setDefaultSectionOutlineStroke(ChartStyle.SLICE_OUTLINE);
        for (ChartKey key : plot.getDataset().getKeys()) {
            plot.setSectionPaint(key, ChartStyle.seriesPaint(key.index()));
        }
        plot.setLabelGenerator(new StandardPieSectionLabelGenerator("{0} {2}", text.valueFormat(),
                text.percentFormat()));
        plot.setLabelFont(text.font(ChartStyle.TICK_PT));
        plot.setLabelPaint(ChartStyle.TEXT);
        plot.setLabelBackgroundPaint(null);
        plot.setLabelOutlinePaint(null);
        plot.setLabelShadowPaint(null);
        plot.setLabelLinkPaint(ChartStyle.AXIS);
        plot.setLabelLinkStroke(ChartStyle.GRID_STROKE);
        plot.setLabelGap(0.02);
        plot.setMaximumLabelWidth(0.25);
        return plot;
    }

    /** The first series' non-null values, keyed by category (by position, so equal labels stay apart). */
    static DefaultPieDataset<ChartKey> dataset(ChartData data, ChartText text) {
        DefaultPieDataset<ChartKey> dataset = new DefaultPieDataset<>();
        if (data.series().isEmpty()) {
            return dataset;
        }
        List<Double> values = data.series().get(0).values();
        for (int i = 0; i < data.categories().size() && i < values.size(); i++) {
            if (values.get(i) != null) {
                dataset.setValue(new ChartKey(i, text.label(data.categories().get(i))), values.get(i));
            }
        }
        return dataset;
    }
}
