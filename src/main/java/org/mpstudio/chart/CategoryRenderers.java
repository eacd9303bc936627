package org.mpstudio.chart;

import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.mpstudio.model.doc.ChartData;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;

/**
 * Renderers of the category kinds in the house style: flat bars without shadows or outlines (stack segments are
 * parted by a thin white line), lines of 1.5 pt told apart by colour, dash and marker shape. A null value draws
 * nothing: no bar, and a break in the line.
 */
final class CategoryRenderers {

    private CategoryRenderers() {
    }

    /**
     * The renderer for {@code kind} (bar, hbar, line or stacked) with {@code seriesCount} series; bars carry their
     * values when {@code valueLabels} is true.
     */
    static AbstractCategoryItemRenderer forKind(String kind, int seriesCount, boolean valueLabels, ChartText text) {
        switch (kind) {
            case "line":
                return line(seriesCount);
            case "stacked":
                return stacked(seriesCount);
            case "bar":
            case "hbar":
                return bar(seriesCount, valueLabels, "hbar".equals(kind), text);
            default:
                throw new IllegalArgumentException("not a category chart kind: " + kind);
        }
    }

    private static BarRenderer bar(int seriesCount, boolean valueLabels, boolean horizontal, ChartText text) {
        BarRenderer r = new BarRenderer();
        flat(r, seriesCount);
        r.setItemMargin(0.04);
        r.setMaximumBarWidth(seriesCount == 1 ? 0.09 : 0.1);
        if (valueLabels) {
            r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", text.valueFormat()));
            r.setDefaultItemLabelsVisible(true);
            r.setDefaultItemLabelFont(text.font(ChartStyle.VALUE_LABEL_PT));
            r.setDefaultItemLabelPaint(ChartStyle.TEXT);
            r.setDefaultPositiveItemLabelPosition(horizontal
                    ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT)
                    : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
            r.setItemLabelInsets(new RectangleInsets(3, 3, 3, 3));
        }
        return r;
    }

    /**
     * True when the values of a single-series bar chart can be written on the bars without crowding: each number
     * fits across its bar's slot (vertical bars), or each bar is at least a text line high (horizontal bars).
     */
    static boolean valueLabelsFit(ChartData data, ChartText text, double widthPt, double heightPt, boolean horizontal) {
        int n = data.categories().size();
        if (data.series().size() != 1 || n == 0) {
            return false;
        }
        if (horizontal) {
            return (heightPt - CategoryAxes.AXIS_ROOM_PT) / n >= ChartStyle.VALUE_LABEL_PT * 1.6;
        }
        double slot = (widthPt - CategoryAxes.AXIS_ROOM_PT) / n;
        Font font = text.font(ChartStyle.VALUE_LABEL_PT);
        NumberFormat format = text.valueFormat();
        for (Double value : data.series().get(0).values()) {
            if (value != null && ChartText.width(format.format(value), font) > slot * 0.9) {
                return false;
            }
        }
        return true;
    }

    private static StackedBarRenderer stacked(int seriesCount) {
        StackedBarRenderer r = new StackedBarRenderer();
        flat(r, seriesCount);
        r.setMaximumBarWidth(0.12);
        r.setDrawBarOutline(true);
        r.setDefaultOutlinePaint(Color.WHITE);
        r.setDefaultOutlineStroke(new BasicStroke(0.5f));
        return r;
    }

    private static void flat(BarRenderer r, int seriesCount) {
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        for (int i = 0; i < seriesCount; i++) {
            r.setSeriesPaint(i, ChartStyle.seriesPaint(i));
        }
    }

    private static LineAndShapeRenderer line(int seriesCount) {
        LineAndShapeRenderer r = new LineAndShapeRenderer(true, true);
        r.setUseOutlinePaint(false);
        r.setDrawOutlines(false);
        for (int i = 0; i < seriesCount; i++) {
            r.setSeriesPaint(i, ChartStyle.seriesPaint(i));
            r.setSeriesStroke(i, ChartStyle.seriesStroke(i));
            r.setSeriesShape(i, ChartStyle.seriesShape(i));
            r.setSeriesShapesFilled(i, true);
        }
        return r;
    }
}
