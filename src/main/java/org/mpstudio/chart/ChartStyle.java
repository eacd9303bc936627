package org.mpstudio.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * The house style as constants: palette, greys, strokes, marker shapes and text sizes. Lengths are in points
 * (1/72 inch): the renderer scales the whole chart to the output resolution, so a 16 cm chart at 300 dpi prints
 * its tick labels at 8 pt. Immutable; thread-safe.
 */
final class ChartStyle {

    /**
     * Six muted colours, in the order series use them, whose greyscale lumas (0.299R + 0.587G + 0.114B) are
     * 54, 153, 187, 82, 117 and 217: at least 27 levels apart, so a black-and-white print still tells them apart.
     * The first two and the first three are far apart, because most charts have two or three series.
     */
    static final List<Color> PALETTE = List.of(
            new Color(0x1F3B5C),   // navy
            new Color(0xD58F33),   // ochre
            new Color(0x9CC3E4),   // light blue
            new Color(0x8E3B2C),   // brick
            new Color(0x3E8E86),   // teal
            new Color(0xEAD9AE));  // sand

    static final Color TEXT = new Color(0x262626);
    static final Color SOFT_TEXT = new Color(0x595959);
    static final Color AXIS = new Color(0x595959);
    static final Color GRID = new Color(0xD9D9D9);

    static final float TICK_PT = 8f;
    static final float AXIS_LABEL_PT = 8.5f;
    static final float LEGEND_PT = 8.5f;
    static final float VALUE_LABEL_PT = 7.5f;
    static final float SOURCE_PT = 7.5f;

    static final Stroke AXIS_STROKE = new BasicStroke(0.6f);
    static final Stroke GRID_STROKE = new BasicStroke(0.5f);
    static final Stroke SLICE_OUTLINE = new BasicStroke(1f);

    private static final float LINE_PT = 1.5f;
    private static final float[][] DASHES = {null, {5f, 2.5f}, {1.5f, 2f}, {6f, 2f, 1.5f, 2f}, {9f, 3f}, {3f, 3f}};
    private static final double MARK = 5.0;

    private ChartStyle() {
    }

    /** The fill or line colour of the series at {@code index} (the palette repeats after six). */
    static Paint seriesPaint(int index) {
        return PALETTE.get(index % PALETTE.size());
    }

    /** The line of a line series: 1.5 pt, solid for the first, then dashed, dotted and dash-dotted. */
    static Stroke seriesStroke(int index) {
        float[] dash = DASHES[index % DASHES.length];
        return dash == null
                ? new BasicStroke(LINE_PT, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                : new BasicStroke(LINE_PT, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }

    /** The marker of a line series: circle, square, triangle, diamond, inverted triangle, cross, then again. */
    static Shape seriesShape(int index) {
        double h = MARK / 2;
        double t = h * 0.4;
        switch (index % 6) {
            case 0:
                return new Ellipse2D.Double(-h, -h, MARK, MARK);
            case 1:
                return new Rectangle2D.Double(-h * 0.9, -h * 0.9, MARK * 0.9, MARK * 0.9);
            case 2:
                return polygon(0, -h * 1.15, h * 1.1, h * 0.85, -h * 1.1, h * 0.85);
            case 3:
                return polygon(0, -h * 1.2, h * 1.2, 0, 0, h * 1.2, -h * 1.2, 0);
            case 4:
                return polygon(0, h * 1.15, h * 1.1, -h * 0.85, -h * 1.1, -h * 0.85);
            default:
                return polygon(-t, -h, t, -h, t, -t, h, -t, h, t, t, t, t, h, -t, h, -t, t, -h, t, -h, -t, -t, -t);
        }
    }

    private static Shape polygon(double... xy) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            p.lineTo(xy[i], xy[i + 1]);
        }
        p.closePath();
        return p;
    }
}
