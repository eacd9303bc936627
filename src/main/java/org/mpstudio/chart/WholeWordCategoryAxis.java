package org.mpstudio.chart;

import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;

import java.awt.Font;
import java.awt.Graphics2D;

/**
 * A category axis that wraps labels only between words. JFreeChart cuts a word that is wider than the label's
 * room between any two characters, which in Lao (written without spaces between words) can leave a tone mark or
 * vowel at the start of a line without its consonant, and leaves that line without the joiner that makes it shape
 * ({@link LaoText}). Here such a label stays on one line instead; labels whose words all fit wrap as usual.
 */
final class WholeWordCategoryAxis extends CategoryAxis {

    private static final long serialVersionUID = 1L;

    WholeWordCategoryAxis() {
        super(null);
    }

    @Override
    @SuppressWarnings("rawtypes")
    protected TextBlock createLabel(Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
        String label = category.toString();
        Font font = getTickLabelFont(category);
        for (String word : label.split("\\s+")) {
            if (font.getStringBounds(word, g2.getFontRenderContext()).getWidth() > width) {
                return TextUtils.createTextBlock(label, font, getTickLabelPaint(category));
            }
        }
        return super.createLabel(category, width, edge, g2);
    }
}
