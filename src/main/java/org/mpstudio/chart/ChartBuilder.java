package org.mpstudio.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.mpstudio.model.doc.ChartData;

import java.awt.Color;
import java.awt.RenderingHints;
import java.util.Set;

/**
 * Assembles the JFreeChart for a {@link ChartData}: the plot of its kind, no title (the caption is outside the
 * image), a borderless legend at the bottom only when there is more than one series (a pie labels its slices
 * instead), and, when asked, the source and note lines under everything. Stateless; every call builds new objects.
 */
final class ChartBuilder {

    /** The kinds {@link ChartData#kind()} may name. */
    static final Set<String> KINDS = Set.of("bar", "hbar", "line", "stacked", "pie");

    private ChartBuilder() {
    }

    /**
     * The chart for {@code data}, laid out for a drawing area of {@code widthPt} by {@code heightPt} points.
     *
     * @throws IllegalArgumentException when the kind is not one of {@link #KINDS}
     */
    static JFreeChart build(ChartData data, ChartFonts fonts, double widthPt, double heightPt, boolean withSource) {
        String kind = data.kind();
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("unknown chart kind '" + kind + "'; expected one of " + KINDS);
        }
        ChartText text = new ChartText(data.lang(), data.decimals(), fonts);
        boolean pie = "pie".equals(kind);
        Plot plot = pie ? PieChartBuilder.plot(data, text) : CategoryChartBuilder.plot(data, text, widthPt,
                heightPt);
        JFreeChart chart = new JFreeChart(null, text.font(ChartStyle.TICK_PT), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(2, 2, 2, 2));
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.getRenderingHints().put(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        chart.getRenderingHints().put(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        // bottom titles are stacked from the edge inwards in the order they are added: note, source, legend
        if (withSource) {
            addLine(chart, text, "word.note", data.note());
            addLine(chart, text, "word.source", data.source());
        }
        if (!pie && data.series().size() > 1) {
            chart.addSubtitle(legend(plot, text));
        }
        return chart;
    }

    private static LegendTitle legend(Plot plot, ChartText text) {
        LegendTitle legend = new LegendTitle(plot);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(Color.WHITE);
        legend.setItemFont(text.font(ChartStyle.LEGEND_PT));
        legend.setItemPaint(ChartStyle.TEXT);
        legend.setItemLabelPadding(new RectangleInsets(1, 3, 1, 10));
        legend.setMargin(new RectangleInsets(3, 0, 0, 0));
        return legend;
    }

    private static void addLine(JFreeChart chart, ChartText text, String wordKey, String value) {
        if (value.isBlank()) {
            return;
        }
        TextTitle line = new TextTitle(text.word(wordKey) + ": " + text.label(value),
                text.font(ChartStyle.SOURCE_PT));
        line.setPaint(ChartStyle.SOFT_TEXT);
        line.setPosition(RectangleEdge.BOTTOM);
        line.setHorizontalAlignment(HorizontalAlignment.LEFT);
        line.setMargin(new RectangleInsets(3, 0, 0, 0));
        chart.addSubtitle(line);
    }
}
