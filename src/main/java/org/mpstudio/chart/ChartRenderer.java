package org.mpstudio.chart;

import org.jfree.chart.JFreeChart;
import org.mpstudio.model.doc.ChartData;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * Draws a {@link ChartData} as a chart image in the house style: for drafts as a PNG sized in centimetres at a
 * resolution (with that resolution recorded in the file, so Word places it at its size), for the editor's preview
 * as a {@link BufferedImage}. The image holds no title (the caption is outside it) and, unless asked, no source
 * line (drafts print it as text under the chart). Text is sized in points, so a chart reads alike at any
 * resolution: tick labels are 8 pt, legend and axis labels 8.5 pt.
 *
 * <p>The constructor loads the bundled fonts (once per JVM). An instance holds no mutable state: one can be
 * shared and called from several threads at once.
 */
public final class ChartRenderer {

    private static final double CM_PER_INCH = 2.54;
    private static final double POINTS_PER_INCH = 72;

    private final ChartFonts fonts;

    /** Loads and registers the bundled fonts if no renderer has done so yet. */
    public ChartRenderer() {
        this.fonts = ChartFonts.get();
    }

    /**
     * The chart as PNG bytes, {@code round(widthCm / 2.54 * dpi)} by {@code round(heightCm / 2.54 * dpi)} pixels,
     * with a {@code pHYs} chunk stating {@code dpi}. Use 300 dpi for drafts.
     *
     * @param withSource also draw the source and note lines under the chart
     * @throws IllegalArgumentException for an unknown kind or a size or resolution that is not positive
     */
    public byte[] png(ChartData data, double widthCm, double heightCm, int dpi, boolean withSource) {
        if (!(widthCm > 0) || !(heightCm > 0) || dpi <= 0) {
            throw new IllegalArgumentException("chart size must be positive: " + widthCm + " x " + heightCm
                    + " cm at " + dpi + " dpi");
        }
        int width = (int) Math.round(widthCm / CM_PER_INCH * dpi);
        int height = (int) Math.round(heightCm / CM_PER_INCH * dpi);
        return PngWriter.write(image(data, width, height, dpi / POINTS_PER_INCH, withSource), dpi);
    }

    /**
     * The same chart as an RGB image of {@code widthPx} by {@code heightPx} pixels.
     *
     * @param scale pixels per point (1/72 inch) of text and lines: {@code dpi / 72} for print, {@code 96 / 72}
     *              times the screen's output scale for a preview that should look like the printed chart
     * @throws IllegalArgumentException for an unknown kind or a size or scale that is not positive
     */
    public BufferedImage image(ChartData data, int widthPx, int heightPx, double scale, boolean withSource) {
        if (widthPx <= 0 || heightPx <= 0 || !(scale > 0)) {
            throw new IllegalArgumentException("image size and scale must be positive: " + widthPx + " x "
                    + heightPx + " px, scale " + scale);
        }
        double widthPt = widthPx / scale;
        double heightPt = heightPx / scale;
        JFreeChart chart = chart(data, widthPt, heightPt, withSource);
        BufferedImage image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, widthPx, heightPx);
            g.scale(scale, scale);
            chart.draw(g, new Rectangle2D.Double(0, 0, widthPt, heightPt));
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The JFreeChart for {@code data} laid out for a size in points; for tests to inspect without pixels. */
    JFreeChart chart(ChartData data, double widthPt, double heightPt, boolean withSource) {
        return ChartBuilder.build(data, fonts, widthPt, heightPt, withSource);
    }
}
