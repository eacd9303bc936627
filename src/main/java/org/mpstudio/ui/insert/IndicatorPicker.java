package org.mpstudio.ui.insert;

import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.mpstudio.model.Indicator;
import org.mpstudio.ui.common.BoundControls;
import org.mpstudio.ui.common.UiText;

/**
 * The left side of the insert dialogs: a search field over a list of indicators (name, then id), following
 * {@link IndicatorSearch}; Down in the field moves into the list.
 */
final class IndicatorPicker {

    private final TextField search = new TextField();
    private final VBox node;

    IndicatorPicker(UiText text, IndicatorSearch model) {
        search.setId("insert-search");
        search.textProperty().bindBidirectional(model.searchProperty());
        ListView<Indicator> list = new ListView<>(model.indicators());
        list.setId("insert-indicators");
        list.setPrefSize(280, 360);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Indicator i, boolean empty) {
                super.updateItem(i, empty);
                setText(empty || i == null ? null : i.name() + "\n" + i.id());
                setWrapText(true);
                setPrefWidth(0);
                LatinText.mark(this, getText());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.indicatorProperty().set(b);
            }
        });
        model.indicatorProperty().addListener((o, a, b) -> {
            if (b != null && list.getSelectionModel().getSelectedItem() != b) {
                list.getSelectionModel().select(b);
                // after the next layout, when the wrapped cells have their heights
                Platform.runLater(() -> list.scrollTo(b));
            }
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
            }
        });
        Label find = BoundControls.label(text, "insertValue.search");
        find.setLabelFor(search);
        node = new VBox(6, find, search, list);
        VBox.setVgrow(list, Priority.ALWAYS);
    }

    VBox node() {
        return node;
    }

    /** Gives the search field the focus, e.g. when the dialog is shown. */
    void focus() {
        search.requestFocus();
    }
}
