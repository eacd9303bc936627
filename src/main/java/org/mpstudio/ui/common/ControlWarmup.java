package org.mpstudio.ui.common;

import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.CodeArea;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Lays out, once and out of sight, a form with the controls the dialogs and the main window use (a tree, lists,
 * combo boxes, a table, the Markdown code area, text fields, toggles) under the dialogs' style sheets, before the
 * main window shows. The first profile shown and the first dialog opened then find the controls' skins made, the
 * style sheets parsed and the layout code run once, instead of holding the window for over 100 ms doing so. Call
 * on the JavaFX thread; it takes a fraction of a second, once.
 */
public final class ControlWarmup {

    private ControlWarmup() {
    }

    /** Lays the form out once ({@code -Dmpstudio.noWarmup=true}: does nothing, for comparison). */
    public static void run() {
        if (Boolean.getBoolean("mpstudio.noWarmup")) {
            return;
        }
        List<String> words = IntStream.range(0, 40).mapToObj(i -> "Indicator " + i + "\nindicator_" + i).toList();
        ListView<String> list = new ListView<>(FXCollections.observableArrayList(words));
        ComboBox<String> combo = new ComboBox<>(FXCollections.observableArrayList(words));
        combo.getSelectionModel().selectFirst();
        TableView<String> table = new TableView<>(FXCollections.observableArrayList(words));
        for (String name : List.of("Period", "Value", "Source")) {
            TableColumn<String, String> c = new TableColumn<>(name);
            c.setCellValueFactory(r -> new SimpleStringProperty(r.getValue()));
            table.getColumns().add(c);
        }
        Label label = new Label("ຕົວຊີ້ວັດ · Chỉ tiêu · Indicator");
        label.setTooltip(new Tooltip("tip"));
        GridPane form = new GridPane();
        form.addRow(0, new Label("Title"), new TextField("Workers deployed abroad"));
        form.addRow(1, new Label("Note"), new CheckBox("draft"));
        TreeView<String> tree = new TreeView<>(new TreeItem<>("Profile"));
        words.forEach(w -> tree.getRoot().getChildren().add(new TreeItem<>(w)));
        tree.getRoot().setExpanded(true);
        CodeArea code = new CodeArea(String.join("\n\n", words));
        code.setWrapText(true);
        VBox root = new VBox(8, label, new HBox(8, tree, list, new VBox(8, combo, form, table)), code,
                new TextArea("```chart\nid: x\n```"), new HBox(8, new ToggleButton("All"), new Button("Insert")));
        root.getStyleClass().add("dialog-root");
        Scene scene = new Scene(root, 1200, 700);
        scene.getStylesheets().add(ControlWarmup.class.getResource("/org/mpstudio/ui/base.css").toExternalForm());
        scene.getStylesheets().add(ControlWarmup.class.getResource("/org/mpstudio/ui/dialogs/dialogs.css")
                .toExternalForm());
        root.applyCss();
        root.layout();
    }
}
