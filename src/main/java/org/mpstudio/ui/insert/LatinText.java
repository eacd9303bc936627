package org.mpstudio.ui.insert;

import javafx.scene.Node;
import org.mpstudio.ui.common.LaoText;

/**
 * Profile data in a Lao UI: text with no Lao in it keeps the Latin font (style class {@code latin-text}), since
 * drawing it in the Lao font garbles it.
 */
final class LatinText {

    static final String STYLE_CLASS = "latin-text";

    private LatinText() {
    }

    /** Adds or removes {@code latin-text} on {@code node} for {@code text} (null counts as Latin). */
    static void mark(Node node, String text) {
        boolean latin = text == null || text.codePoints().noneMatch(LaoText::isLao);
        if (!latin) {
            node.getStyleClass().remove(STYLE_CLASS);
        } else if (!node.getStyleClass().contains(STYLE_CLASS)) {
            node.getStyleClass().add(STYLE_CLASS);
        }
    }
}
