package org.mpstudio.chart;

import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnitSource;
import org.jfree.chart.ui.RectangleInsets;

import java.awt.Font;
import java.text.NumberFormat;
import java.util.List;

/**
 * The two axes of a category chart in the house style: thin dark-grey axis lines, no tick marks, 8 pt labels, and
 * category labels that wrap between words (up to three lines) or turn 45 degrees when they would not fit side by
 * side.
 */
final class CategoryAxes {

    /** Room the value axis, margins and titles take from the chart's size, in points (an estimate for labels). */
    static final double AXIS_ROOM_PT = 60;
    private static final int MAX_LINES = 3;

    private CategoryAxes() {
    }

    /**
     * The category axis for {@code labels} on a chart {@code widthPt} points wide; {@code vertical} is true when
     * categories run along the x axis (bar, line, stacked).
     */
    static CategoryAxis categoryAxis(List<String> labels, ChartText text, double widthPt, boolean vertical) {
        CategoryAxis axis = new WholeWordCategoryAxis();
        style(axis, text);
        axis.setTickMarksVisible(false);
        axis.setLowerMargin(0.03);
        axis.setUpperMargin(0.03);
        axis.setCategoryMargin(vertical ? 0.25 : 0.3);
        axis.setMaximumCategoryLabelLines(MAX_LINES);
        axis.setCategoryLabelPositionOffset(vertical ? 2 : 5);
        axis.setTickLabelInsets(new RectangleInsets(1, 2, 1, 2));
        if (vertical && !fitsSideBySide(labels, text.font(ChartStyle.TICK_PT), widthPt)) {
            axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        return axis;
    }

    /**
     * The value axis: starts at zero when {@code fromZero}; ticks chosen automatically so labels never overlap
     * (JFreeChart measures them), numbered in the chart's locale.
     */
    static NumberAxis valueAxis(String label, ChartText text, boolean fromZero) {
        NumberAxis axis = new NumberAxis(label.isEmpty() ? null : label);
        style(axis, text);
        axis.setTickMarksVisible(false);
        NumberFormat format = text.axisFormat();
        axis.setStandardTickUnits(new NumberTickUnitSource(text.decimals() == 0, format));
        axis.setNumberFormatOverride(format);
        axis.setAutoRangeIncludesZero(fromZero);
        axis.setAutoRangeStickyZero(true);
        axis.setUpperMargin(0.08);
        axis.setLowerMargin(fromZero ? 0 : 0.08);
        return axis;
    }

    private static void style(Axis axis, ChartText text) {
        axis.setAxisLinePaint(ChartStyle.AXIS);
        axis.setAxisLineStroke(ChartStyle.AXIS_STROKE);
        axis.setTickLabelFont(text.font(ChartStyle.TICK_PT));
        axis.setTickLabelPaint(ChartStyle.TEXT);
        axis.setLabelFont(text.font(ChartStyle.AXIS_LABEL_PT));
        axis.setLabelPaint(ChartStyle.TEXT);
    }

    /**
     * True when every label fits its slot below the axis: each word no wider than the slot and the whole label
     * within {@link #MAX_LINES} lines of it. Otherwise the labels are turned 45 degrees.
     */
    static boolean fitsSideBySide(List<String> labels, Font font, double widthPt) {
        if (labels.isEmpty()) {
            return true;
        }
        double slot = 0.95 * Math.max(1, widthPt - AXIS_ROOM_PT) / labels.size();
        for (String label : labels) {
            if (ChartText.width(label, font) > slot * (MAX_LINES - 0.5)) {
                return false;
            }
            for (String word : label.split("\\s+")) {
                if (ChartText.width(word, font) > slot) {
                    return false;
                }
            }
        }
        return true;
    }
}
