package org.mpstudio.chart;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mpstudio.model.doc.ChartData;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartRendererTest {

    private final ChartRenderer renderer = new ChartRenderer();

    @ParameterizedTest
    @ValueSource(strings = {"bar", "hbar", "line", "stacked", "pie"})
    void rendersEachKindAsPngOfCentimetreSizeAt300Dpi(String kind) throws IOException {
        byte[] png = renderer.png(ChartSamples.multi(kind, "en"), 16, 9, 300, false);
        ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            reader.setInput(in);
            assertEquals(1890, reader.getWidth(0), "16 cm / 2.54 * 300");
            assertEquals(1063, reader.getHeight(0), "9 cm / 2.54 * 300");
            Node root = reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            Element phys = child(root, "pHYs");
            assertEquals("11811", phys.getAttribute("pixelsPerUnitXAxis"));
            assertEquals("11811", phys.getAttribute("pixelsPerUnitYAxis"));
            assertEquals("meter", phys.getAttribute("unitSpecifier"));
        } finally {
            reader.dispose();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"bar", "hbar", "line", "stacked", "pie"})
    void drawsSomethingInTheFirstSeriesColourForEachKind(String kind) {
        BufferedImage image = renderer.image(ChartSamples.multi(kind, "en"), 600, 340, 1.5, false);
        assertTrue(count(image, ChartStyle.PALETTE.get(0)) > 100, "series drawn in navy");
        assertEquals(Color.WHITE.getRGB(), image.getRGB(0, 0), "white background, no border");
    }

    @Test
    void missingValueLeavesAGapInsteadOfAZeroBar() {
        List<String> abc = List.of("A", "B", "C");
        ChartData full = ChartSamples.of("bar", abc, "en", ChartSamples.series("", 100d, 100d, 100d));
        ChartData gap = ChartSamples.of("bar", abc, "en", ChartSamples.series("", 100d, null, 100d));
        int withValue = count(renderer.image(full, 600, 340, 1.5, false), ChartStyle.PALETTE.get(0));
        int withNull = count(renderer.image(gap, 600, 340, 1.5, false), ChartStyle.PALETTE.get(0));
        assertTrue(withNull > 0 && withNull < withValue * 0.75,
                "bar pixels with the value " + withValue + ", without " + withNull);
    }

    @Test
    void missingValueBreaksTheLine() {
        ChartData full = ChartSamples.of("line", List.of("A", "B", "C", "D"), "en",
                ChartSamples.series("", 100d, 120d, 110d, 130d));
        ChartData gap = ChartSamples.of("line", List.of("A", "B", "C", "D"), "en",
                ChartSamples.series("", 100d, 120d, null, 130d));
        int withValue = count(renderer.image(full, 600, 340, 1.5, false), ChartStyle.PALETTE.get(0));
        int withNull = count(renderer.image(gap, 600, 340, 1.5, false), ChartStyle.PALETTE.get(0));
        assertTrue(withNull > 0 && withNull < withValue * 0.8,
                "line pixels with the value " + withValue + ", without " + withNull);
    }

    @Test
    void sourceLineAddsInkBelowTheChartOnlyWhenAsked() {
        ChartData data = ChartSamples.single("bar", "en");
        BufferedImage without = renderer.image(data, 600, 340, 1.5, false);
        BufferedImage with = renderer.image(data, 600, 340, 1.5, true);
        assertEquals(0, count(without.getSubimage(0, 330, 200, 10), ChartStyle.SOFT_TEXT, 60));
        assertTrue(count(with.getSubimage(0, 320, 200, 20), ChartStyle.SOFT_TEXT, 60) > 20);
    }

    @Test
    void rejectsUnknownKind() {
        ChartData data = ChartSamples.single("donut", "en");
        assertThrows(IllegalArgumentException.class, () -> renderer.png(data, 16, 9, 300, false));
    }

    @Test
    void rejectsSizeThatIsNotPositive() {
        ChartData data = ChartSamples.single("bar", "en");
        assertThrows(IllegalArgumentException.class, () -> renderer.png(data, 0, 9, 300, false));
        assertThrows(IllegalArgumentException.class, () -> renderer.image(data, 100, 100, 0, false));
    }

    @Test
    void rendersSeriesWithoutValuesAndChartsWithoutCategories() {
        ChartData empty = new ChartData("bar", List.of(), List.of(), "", "", "", 0, "en");
        assertEquals(300, renderer.image(empty, 300, 200, 1, false).getWidth());
        ChartData pie = new ChartData("pie", List.of(), List.of(), "", "", "", 0, "lo");
        assertEquals(200, renderer.image(pie, 300, 200, 1, false).getHeight());
    }

    private static Element child(Node parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeName().equals(name)) {
                return (Element) n;
            }
        }
        throw new AssertionError("no " + name + " chunk in the PNG metadata");
    }

    static int count(BufferedImage image, Color colour) {
        return count(image, colour, 0);
    }

    /** Pixels within {@code tolerance} (per channel) of {@code colour}. */
    static int count(BufferedImage image, Color colour, int tolerance) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = new Color(image.getRGB(x, y));
                if (Math.abs(c.getRed() - colour.getRed()) <= tolerance
                        && Math.abs(c.getGreen() - colour.getGreen()) <= tolerance
                        && Math.abs(c.getBlue() - colour.getBlue()) <= tolerance) {
                    n++;
                }
            }
        }
        return n;
    }
}
