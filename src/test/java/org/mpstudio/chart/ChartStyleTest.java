package org.mpstudio.chart;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartStyleTest {

    private static double luma(Color c) {
        return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue();
    }

    @Test
    void paletteHasSixColoursWhoseGreyLevelsDifferByAtLeast25() {
        List<Color> palette = ChartStyle.PALETTE;
        assertEquals(6, palette.size());
        for (int i = 0; i < palette.size(); i++) {
            for (int j = i + 1; j < palette.size(); j++) {
                double diff = Math.abs(luma(palette.get(i)) - luma(palette.get(j)));
                assertTrue(diff >= 25, "colours " + i + " and " + j + " differ by only " + diff + " grey levels");
            }
        }
    }

    @Test
    void paletteColoursStandOutFromTheWhitePage() {
        for (Color c : ChartStyle.PALETTE) {
            assertTrue(luma(c) <= 225, c + " is too close to white");
        }
    }

    @Test
    void lineSeriesDifferInDashAndMarkerShape() {
        Set<Object> strokes = new HashSet<>();
        Set<String> shapes = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            strokes.add(ChartStyle.seriesStroke(i));
            shapes.add(ChartStyle.seriesShape(i).getClass() + "/" + ChartStyle.seriesShape(i).getBounds2D());
        }
        assertEquals(6, strokes.size(), "six different line strokes");
        assertEquals(6, shapes.size(), "six different markers");
        assertNotEquals(ChartStyle.seriesPaint(0), ChartStyle.seriesPaint(1));
        assertEquals(ChartStyle.seriesPaint(0), ChartStyle.seriesPaint(6), "the palette repeats after six");
    }

    @Test
    void textPrintsAtEightToNinePoints() {
        for (float size : List.of(ChartStyle.TICK_PT, ChartStyle.AXIS_LABEL_PT, ChartStyle.LEGEND_PT)) {
            assertTrue(size >= 8 && size <= 9, "size " + size);
        }
    }
}
