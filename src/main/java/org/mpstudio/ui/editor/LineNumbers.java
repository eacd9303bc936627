package org.mpstudio.ui.editor;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;

import java.util.function.IntFunction;

/**
 * The editor's line numbers: one plain label per paragraph, styled by {@code .lineno} in {@code editor.css}.
 * RichTextFX's own factory binds every label to the paragraph count to pad the numbers, which makes each chapter
 * switch build and re-bind all visible labels; a fixed minimum width keeps numbers up to 9,999 aligned without that.
 */
final class LineNumbers implements IntFunction<Node> {

    private static final Insets PADDING = new Insets(0, 6, 0, 4);

    @Override
    public Node apply(int paragraph) {
        Label l = new Label(Integer.toString(paragraph + 1));
        l.getStyleClass().add("lineno");
        l.setAlignment(Pos.TOP_RIGHT);
        l.setPadding(PADDING);
        l.setMinWidth(38);
        return l;
    }
}
