package org.mpstudio.ui.problems;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.mpstudio.i18n.Messages;
import org.mpstudio.ui.common.BoundControls;
import org.mpstudio.ui.common.UiText;

/** The problems panel under the editor: a table of the check's problems; double-click or Enter opens one. */
public final class ProblemsView {

    private final VBox box = new VBox(4);

    public ProblemsView(ProblemsViewModel model, UiText text) {
        Label title = new Label();
        title.getStyleClass().add("problems-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> text.get("problems.title", model.rows().size()),
                model.rows(), text.localeProperty()));
        TableView<ProblemsViewModel.Row> table = new TableView<>(model.rows());
        table.setId("problems-table");
        table.setPrefHeight(170);
        Label empty = new Label();
        empty.textProperty().bind(text.bind("problems.none"));
        table.setPlaceholder(empty);
        TableColumn<ProblemsViewModel.Row, String> severity = BoundControls.column(text, "import.col.severity",
                r -> r.problem().isError() ? text.get("problem.error") : text.get("problem.warning"), 90);
        severity.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean isEmpty) {
                super.updateItem(s, isEmpty);
                setText(isEmpty ? null : s);
                getStyleClass().removeAll("severity-error", "severity-warning");
                if (!isEmpty && s != null) {
                    getStyleClass().add(s.equals(text.get("problem.error")) ? "severity-error" : "severity-warning");
                }
            }
        });
        table.getColumns().add(severity);
        table.getColumns().add(BoundControls.column(text, "problems.col.where", ProblemsViewModel.Row::where, 240));
        table.getColumns().add(BoundControls.column(text, "problems.col.line", r -> r.problem().line() == 0 ? ""
                : String.valueOf(r.problem().line()), 60));
        table.getColumns().add(BoundControls.column(text, "import.col.message", r -> Messages.forLanguage(
                text.language()).format(r.problem().code(), r.problem().args()), 600));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> {
            TableRow<ProblemsViewModel.Row> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    model.jump(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.jump(table.getSelectionModel().getSelectedItem());
            }
        });
        box.getChildren().addAll(title, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.getStyleClass().add("problems-panel");
        box.setId("problems-panel");
        box.getStylesheets().add(ProblemsView.class.getResource("problems.css").toExternalForm());
        box.visibleProperty().bind(model.visibleProperty());
        box.managedProperty().bind(model.visibleProperty());
    }

    public Node node() {
        return box;
    }
}
