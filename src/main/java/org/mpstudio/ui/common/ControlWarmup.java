package org.mpstudio.ui.common;

import javafx.animation.PauseTransition;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.scene.Parent;
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
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Lays out, out of sight, the controls the dialogs use (lists, combo boxes, a table, text fields, toggles) under the
 * dialogs' style sheets, so that the first dialog a drafter opens finds their skins made, the style sheets parsed and
 * the layout code run once, instead of holding the window for over 100 ms doing so. The main window's own controls
 * are warmed by laying the window out before it shows ({@code Startup}). Each control is one piece of a few tens of
 * milliseconds: {@link #runInPieces()} lays out one piece at a time, with the window free to draw and answer between
 * them. Call on the JavaFX thread.
 */
public final class ControlWarmup {

    private static final List<String> WORDS = IntStream.range(0, 40)
            .mapToObj(i -> "Indicator " + i + "\nindicator_" + i).toList();

    private ControlWarmup() {
    }

    /** The pieces, each making a part of a dialog. */
    private static List<Supplier<Parent>> pieces() {
        return List.of(
                () -> new VBox(8, new Label("ຕົວຊີ້ວັດ · Chỉ tiêu · Indicator")),
                () -> new VBox(new ListView<>(FXCollections.observableArrayList(WORDS.subList(0, 6)))),
                () -> {
                    ComboBox<String> combo = new ComboBox<>(FXCollections.observableArrayList(WORDS));
                    combo.getSelectionModel().selectFirst();
                    return new HBox(8, combo, new ToggleButton("All"), new Button("Insert"));
                },
                () -> new VBox(table(List.of("Period"), List.of())),
                () -> new VBox(table(List.of("Period"), WORDS.subList(0, 1))),
                () -> new VBox(table(List.of("Period", "Value"), WORDS.subList(0, 3))),
                () -> {
                    Label label = new Label("Title");
                    label.setTooltip(new Tooltip("tip"));
                    GridPane form = new GridPane();
                    form.addRow(0, label, new TextField("Workers deployed abroad"));
                    form.addRow(1, new Label("Note"), new CheckBox("draft"));
                    return form;
                },
                () -> new VBox(new TextArea("```chart\nid: x\n```")));
    }

    /** A table: the first one made pays for the skin and header, a second one for the cells. */
    private static TableView<String> table(List<String> columns, List<String> rows) {
        TableView<String> table = new TableView<>(FXCollections.observableArrayList(rows));
        for (String name : columns) {
            TableColumn<String, String> c = new TableColumn<>(name);
            c.setCellValueFactory(r -> new SimpleStringProperty(r.getValue()));
            table.getColumns().add(c);
        }
        return table;
    }

    /**
     * Lays the pieces out one at a time, {@code 100 ms} apart, starting half a second after the current event
     * ({@code -Dmpstudio.noWarmup=true}: does nothing, for comparison).
     */
    public static void runInPieces() {
        if (Boolean.getBoolean("mpstudio.noWarmup")) {
            return;
        }
        Deque<Supplier<Parent>> left = new ArrayDeque<>(pieces());
        PauseTransition next = new PauseTransition(Duration.millis(100));
        next.setOnFinished(e -> {
            layOut(left.poll());
            if (!left.isEmpty()) {
                next.playFromStart();
            }
        });
        // the moments after the window shows are busy enough (compiling, the first frames): start a little later
        PauseTransition first = new PauseTransition(Duration.millis(500));
        first.setOnFinished(e -> next.play());
        first.play();
    }

    private static void layOut(Supplier<Parent> piece) {
        Parent root = piece.get();
        root.getStyleClass().add("dialog-root");
        Scene scene = new Scene(root, 600, 400);
        scene.getStylesheets().add(ControlWarmup.class.getResource("/org/mpstudio/ui/base.css").toExternalForm());
        scene.getStylesheets().add(ControlWarmup.class.getResource("/org/mpstudio/ui/dialogs/dialogs.css")
                .toExternalForm());
        root.applyCss();
        root.layout();
    }
}
