package org.mpstudio.ui.common;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;

/** Labels, buttons and check boxes whose text follows the UI language (bound to a {@link UiText} key). */
public final class BoundControls {

    private BoundControls() {
    }

    public static Label label(UiText text, String key) {
        Label l = new Label();
        l.textProperty().bind(text.bind(key));
        return l;
    }

    public static Button button(UiText text, String key, String id) {
        Button b = new Button();
        b.textProperty().bind(text.bind(key));
        b.setId(id);
        return b;
    }

    public static CheckBox check(UiText text, String key, String id) {
        CheckBox c = new CheckBox();
        c.textProperty().bind(text.bind(key));
        c.setId(id);
        return c;
    }
}
