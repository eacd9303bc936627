package org.mpstudio.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mpstudio.model.doc.ChartData;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartBuilderTest {

    private static final double WIDTH_PT = 453.5;   // 16 cm
    private static final double HEIGHT_PT = 255;    // 9 cm

    private final ChartRenderer renderer = new ChartRenderer();

    private JFreeChart chart(ChartData data, boolean withSource) {
        return renderer.chart(data, WIDTH_PT, HEIGHT_PT, withSource);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bar", "hbar", "line", "stacked", "pie"})
    void singleSeriesChartHasNoLegend(String kind) {
        assertNull(chart(ChartSamples.single(kind, "en"), false).getLegend());
    }

    @ParameterizedTest
    @ValueSource(strings = {"bar", "hbar", "line", "stacked"})
    void multiSeriesChartHasItsLegendAtTheBottomWithoutFrame(String kind) {
        LegendTitle legend = chart(ChartSamples.multi(kind, "en"), false).getLegend();
        assertEquals(RectangleEdge.BOTTOM, legend.getPosition());
        assertEquals(3, legend.getSources()[0].getLegendItems().getItemCount());
    }

    @Test
    void pieLabelsItsSlicesWithPercentagesInsteadOfALegend() {
        ChartData data = ChartSamples.of("pie", List.of("Japan", "Taiwan", "Korea"), "vi",
                ChartSamples.series("2023", 80000d, 58600d, 11600d));
        JFreeChart chart = chart(data, false);
        assertNull(chart.getLegend());
        @SuppressWarnings("unchecked")
        PiePlot<ChartKey> plot = (PiePlot<ChartKey>) chart.getPlot();
        ChartKey japan = plot.getDataset().getKey(0);
        assertEquals("Japan 53,3%", plot.getLabelGenerator().generateSectionLabel(plot.getDataset(), japan));
    }

    @Test
    void pieLeavesOutSlicesWithoutAFigure() {
        ChartData data = ChartSamples.of("pie", List.of("Japan", "Taiwan", "Korea"), "en",
                ChartSamples.series("2023", 80000d, null, 11600d));
        PiePlot<?> plot = (PiePlot<?>) chart(data, false).getPlot();
        assertEquals(List.of("Japan", "Korea"), plot.getDataset().getKeys().stream().map(Object::toString).toList());
    }

    @ParameterizedTest
    @CsvSource({"en, 159986, '159,986'", "vi, 159986, '159.986'", "lo, 159986, '159.986'", "en, 2.5, '2.5'",
            "vi, 2.5, '2,5'"})
    void valueAxisNumbersFollowTheChartLanguage(String lang, double value, String expected) {
        ChartData data = new ChartData("bar", List.of("2023"), List.of(ChartSamples.series("", 1d)), "", "", "", 1,
                lang);
        NumberAxis axis = (NumberAxis) chart(data, false).getCategoryPlot().getRangeAxis();
        assertEquals(expected, axis.getNumberFormatOverride().format(value));
    }

    @ParameterizedTest
    @CsvSource({"en, 0, '159,986'", "vi, 0, '159.986'", "vi, 1, '159.986,0'", "en, 2, '159,986.00'"})
    void barValueLabelsFollowTheChartLanguageAndDecimals(String lang, int decimals, String expected) {
        ChartData data = new ChartData("bar", List.of("2023"), List.of(ChartSamples.series("", 159986d)), "", "",
                "", decimals, lang);
        CategoryPlot plot = chart(data, false).getCategoryPlot();
        BarRenderer r = (BarRenderer) plot.getRenderer();
        assertTrue(r.getDefaultItemLabelsVisible());
        assertEquals(expected, r.getDefaultItemLabelGenerator().generateLabel(plot.getDataset(), 0, 0));
    }

    @Test
    void valueLabelsAreLeftOffBarsTooNarrowForThem() {
        List<String> years = List.of("2015", "2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023");
        ChartData data = ChartSamples.of("bar", years, "en", ChartSamples.series("", 115980d, 126300d, 134751d,
                142000d, 152000d, 78641d, 45058d, 142779d, 159986d));
        BarRenderer wide = (BarRenderer) renderer.chart(data, WIDTH_PT, HEIGHT_PT, false).getCategoryPlot()
                .getRenderer();
        BarRenderer narrow = (BarRenderer) renderer.chart(data, 227, 170, false).getCategoryPlot().getRenderer();
        assertTrue(wide.getDefaultItemLabelsVisible(), "16 cm: each bar has room for its value");
        assertFalse(narrow.getDefaultItemLabelsVisible(), "8 cm: values would overlap");
    }

    @Test
    void multiSeriesBarsCarryNoValueLabels() {
        BarRenderer r = (BarRenderer) chart(ChartSamples.multi("bar", "en"), false).getCategoryPlot().getRenderer();
        assertFalse(r.getDefaultItemLabelsVisible());
    }

    @ParameterizedTest
    @ValueSource(strings = {"bar", "hbar", "stacked"})
    void barValueAxisStartsAtZero(String kind) {
        NumberAxis axis = (NumberAxis) chart(ChartSamples.single(kind, "en"), false).getCategoryPlot().getRangeAxis();
        assertTrue(axis.getAutoRangeIncludesZero());
        assertEquals(0.0, axis.getRange().getLowerBound());
    }

    @ParameterizedTest
    @ValueSource(strings = {"bar", "hbar", "stacked"})
    void barsAreFlatWithoutShadowsOrOutlines(String kind) {
        BarRenderer r = (BarRenderer) chart(ChartSamples.multi(kind, "en"), false).getCategoryPlot().getRenderer();
        assertInstanceOf(StandardBarPainter.class, r.getBarPainter());
        assertFalse(r.getShadowsVisible());
        assertEquals(ChartStyle.PALETTE.get(1), r.getSeriesPaint(1));
    }

    @Test
    void plotIsWhiteWithValueGridlinesOnlyAndNoBorders() {
        JFreeChart chart = chart(ChartSamples.multi("bar", "en"), false);
        CategoryPlot plot = chart.getCategoryPlot();
        assertFalse(chart.isBorderVisible());
        assertEquals(Color.WHITE, chart.getBackgroundPaint());
        assertEquals(Color.WHITE, plot.getBackgroundPaint());
        assertFalse(plot.isOutlineVisible());
        assertTrue(plot.isRangeGridlinesVisible());
        assertFalse(plot.isDomainGridlinesVisible());
        assertEquals(ChartStyle.GRID, plot.getRangeGridlinePaint());
        assertNull(chart.getTitle(), "the caption is outside the image");
    }

    @Test
    void horizontalBarsHaveTheirValueAxisAtTheBottom() {
        CategoryPlot plot = chart(ChartSamples.single("hbar", "en"), false).getCategoryPlot();
        assertEquals(PlotOrientation.HORIZONTAL, plot.getOrientation());
        assertEquals(RectangleEdge.BOTTOM, plot.getRangeAxisEdge());
    }

    @Test
    void shortCategoryLabelsStayHorizontal() {
        CategoryAxis axis = chart(ChartSamples.single("bar", "en"), false).getCategoryPlot().getDomainAxis();
        assertEquals(CategoryLabelPositions.STANDARD, axis.getCategoryLabelPositions());
    }

    @Test
    void manyLongCategoryLabelsTurn45Degrees() {
        List<String> names = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            names.add("United Arab Emirates " + i);
            values.add(1000d * i);
        }
        ChartData data = ChartSamples.of("bar", names, "en", new ChartData.Series("", values));
        CategoryAxis axis = chart(data, false).getCategoryPlot().getDomainAxis();
        assertEquals(CategoryLabelPositions.UP_45, axis.getCategoryLabelPositions());
    }

    @Test
    void laoLabelsAreDrawnShapeableAndVietnameseInNfc() {
        ChartData lao = ChartSamples.of("bar", List.of("ຍີ່ປຸ່ນ"), "lo", ChartSamples.series("ຄົນ", 1d));
        CategoryPlot plot = chart(lao, false).getCategoryPlot();
        assertEquals("\u200Dຍີ່ປຸ່ນ\u200D", plot.getDataset().getColumnKey(0).toString());
        assertEquals("\u200Dຄົນ\u200D", plot.getDataset().getRowKey(0).toString());
        ChartData vi = ChartSamples.of("bar", List.of("Nha\u0323\u0302t Ba\u0309n"), "vi", ChartSamples.series("", 1d));
        assertEquals("Nhật Bản", chart(vi, false).getCategoryPlot().getDataset().getColumnKey(0).toString());
    }

    @ParameterizedTest
    @CsvSource({"en, Noto Sans", "vi, Noto Sans", "lo, Phetsarath OT"})
    void usesTheBundledFontOfTheChartLanguage(String lang, String family) {
        CategoryPlot plot = chart(ChartSamples.single("bar", lang), false).getCategoryPlot();
        assertEquals(family, plot.getDomainAxis().getTickLabelFont().getFamily());
        assertEquals(family, plot.getRangeAxis().getTickLabelFont().getFamily());
    }

    @Test
    void sourceLineIsInTheImageOnlyWhenAsked() {
        ChartData data = ChartSamples.single("bar", "vi");
        assertEquals(List.of(), texts(chart(data, false)));
        assertEquals(List.of("Nguồn: DOLAB (2024)"), texts(chart(data, true)));
    }

    private static List<String> texts(JFreeChart chart) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title t = chart.getSubtitle(i);
            if (t instanceof TextTitle text) {
                out.add(text.getText());
            }
        }
        return out;
    }
}
