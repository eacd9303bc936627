package org.mpstudio.ui.editor;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;

import java.util.function.IntFunction;

/**
 * The editor's line numbers: one number per paragraph, styled by {@code .lineno} and {@code .lineno-text} in
 * {@code editor.css}. Every visible paragraph gets a new one on a chapter switch, so they are as light as nodes go: a
 * text in a pane, not a label (a control with a skin, whose styling took an eighth of a chapter switch). RichTextFX's
 * own factory also binds every number to the paragraph count to pad it, which re-binds all of them on a switch; a
 * fixed minimum width keeps numbers up to 9,999 aligned without that.
 */
final class LineNumbers implements IntFunction<Node> {

    @Override
    public Node apply(int paragraph) {
        Text number = new Text(Integer.toString(paragraph + 1));
        number.getStyleClass().add("lineno-text");
        StackPane box = new StackPane(number);
        box.getStyleClass().add("lineno");
        box.setAlignment(Pos.TOP_RIGHT);
        return box;
    }
}
