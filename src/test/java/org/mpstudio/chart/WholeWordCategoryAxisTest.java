package org.mpstudio.chart;

import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextLine;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WholeWordCategoryAxisTest {

    private static List<String> lines(String label, float width) {
        WholeWordCategoryAxis axis = new WholeWordCategoryAxis();
        axis.setTickLabelFont(ChartFonts.get().font("lo", Font.PLAIN, 8));
        axis.setMaximumCategoryLabelLines(3);
        Graphics2D g = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            g.setFont(axis.getTickLabelFont());
            TextBlock block = axis.createLabel(new ChartKey(0, label), width, RectangleEdge.LEFT, g);
            List<String> out = new ArrayList<>();
            for (Object line : block.getLines()) {
                out.add(((TextLine) line).getFirstTextFragment().getText());
            }
            return out;
        } finally {
            g.dispose();
        }
    }

    @Test
    void laoWordWiderThanItsRoomStaysWholeOnOneLine() {
        String label = LaoText.shapeable("ສະຫະລັດອາຣັບເອມິເຣດ");
        assertEquals(List.of(label), lines(label, 30));
    }

    @Test
    void labelOfShortWordsWrapsBetweenWordsAndEachLaoLineKeepsAJoiner() {
        String label = LaoText.shapeable("ໄຕ້ຫວັນ (ຈີນ)");
        List<String> lines = lines(label, 40);
        assertEquals(2, lines.size(), lines.toString());
        for (String line : lines) {
            assertTrue(line.indexOf(LaoText.ZWJ) >= 0, "no joiner in line " + line);
        }
    }
}
