package org.mpstudio.ui.common;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;

import java.util.function.Function;

/** Labels, buttons, check boxes and table columns whose texts follow the UI language (a {@link UiText} key). */
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

    /**
     * A table column headed by {@code key} whose cells show {@code value} of their row, worded again when the UI
     * language changes (so a message column switches to Lao with the rest of the window).
     */
    public static <T> TableColumn<T, String> column(UiText text, String key, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>();
        c.textProperty().bind(text.bind(key));
        c.setCellValueFactory(cell -> Bindings.createStringBinding(() -> value.apply(cell.getValue()),
                text.localeProperty()));
        c.setPrefWidth(width);
        return c;
    }
}
