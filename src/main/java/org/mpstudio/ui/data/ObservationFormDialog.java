package org.mpstudio.ui.data;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.mpstudio.model.Observation;
import org.mpstudio.model.Source;
import org.mpstudio.ui.common.BoundControls;
import org.mpstudio.ui.common.DialogWindow;
import org.mpstudio.ui.common.LaoText;
import org.mpstudio.ui.common.UiText;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The form of one figure, over the data browser: for a new figure its period and a code per dimension, then value
 * (with how to type it), source, status and note. Each wrong field says what to type right under it; Save (Enter)
 * writes the figure and closes the form, Cancel (Esc) changes nothing.
 */
public final class ObservationFormDialog {

    private final ObservationForm form;
    private final UiText text;
    private final ObservationTexts texts;
    private final GridPane grid = new GridPane();
    private final Stage stage;
    private int row;

    ObservationFormDialog(Window owner, UiText text, ObservationTexts texts, ObservationForm form,
                          List<Observation> rows, Runnable save) {
        this.form = form;
        this.text = text;
        this.texts = texts;
        grid.setHgap(10);
        grid.setVgap(5);
        Label title = new Label(form.indicator().name().isEmpty() ? form.indicator().id() : form.indicator().name());
        title.getStyleClass().add("dialog-header");
        title.setWrapText(true);
        title.setMaxWidth(520);
        LaoText.markLatin(title, title.getText());
        VBox head = new VBox(2, title);
        form.original().ifPresent(o -> {
            Label which = hint(texts.identity(o));
            which.setId("data-form-which");
            Label now = hint(text.get("data.form.current", texts.value(form.indicator(), o.value()),
                    texts.source(o.sourceId())));
            now.setId("data-form-current");
            LaoText.markLatin(which, which.getText());
            LaoText.markLatin(now, now.getText());
            head.getChildren().addAll(which, now);
        });
        TextField period = field("data-form-period", form.periodProperty(), 10);
        if (form.adding()) {
            add("data.form.period", period, text.get("data.form.period.hint"), form.periodErrorProperty());
            for (String d : form.dimensionNames()) {
                addDimension(d, rows);
            }
        }
        TextField value = field("data-form-value", form.valueProperty(), 16);
        Label unit = new Label(texts.unitName(form.indicator()));
        unit.getStyleClass().add("hint");
        HBox valueBox = new HBox(8, value, unit);
        valueBox.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        add("data.form.value", valueBox, form.valueHint(), form.valueErrorProperty()).setId("data-form-value-error");
        add("data.form.source", sourceBox(), "", form.sourceErrorProperty()).setId("data-form-source-error");
        add("data.form.status", statusBox(), "", null);
        add("data.form.note", field("data-form-note", form.noteProperty(), 40), "", null);

        Label failure = message(form.failureProperty());
        failure.setId("data-form-failure");
        Button ok = BoundControls.button(text, "data.form.save", "data-form-save");
        ok.setDefaultButton(true);
        ok.disableProperty().bind(form.busyProperty());
        ok.setOnAction(e -> save.run());
        Button cancel = BoundControls.button(text, "dialog.cancel", "data-form-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage().close());
        VBox root = new VBox(12, head, grid, failure, DialogWindow.buttonRow(ok, cancel));
        root.setId("data-form");
        root.setPrefWidth(640);
        stage = DialogWindow.create(owner, text, form.adding() ? "data.form.addTitle" : "data.form.editTitle", root);
        stage.setResizable(false);
        form.savedProperty().addListener((o, a, b) -> {
            if (b) {
                stage.close();
            }
        });
        Node first = form.adding() ? period : value;
        stage.setOnShown(e -> first.requestFocus());
    }

    private void addDimension(String d, List<Observation> rows) {
        TreeSet<String> codes = new TreeSet<>();
        rows.forEach(o -> codes.add(o.dimensions().get(d)));
        codes.remove("");
        List<String> items = new ArrayList<>(List.of(""));
        items.addAll(codes);
        ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(items));
        box.setId("data-form-dim-" + d);
        box.setEditable(true);
        box.setPrefWidth(240);
        box.setConverter(converter(s -> s, s -> s == null ? "" : s.strip()));
        box.setCellFactory(l -> cell(code -> texts.code(d, code)));
        box.promptTextProperty().bind(text.bind("data.total"));
        box.valueProperty().bindBidirectional(form.dimension(d));
        Label name = new Label(texts.dimensionName(d));
        name.getStyleClass().add("form-label");
        grid.add(name, 0, row);
        grid.add(box, 1, row++);
    }

    private ComboBox<Source> sourceBox() {
        ComboBox<Source> box = new ComboBox<>(FXCollections.observableArrayList(form.sources()));
        box.setId("data-form-source");
        box.setPrefWidth(480);
        box.setMaxWidth(480);
        box.setVisibleRowCount(12);
        box.promptTextProperty().bind(text.bind("data.form.source.prompt"));
        box.setConverter(converter(s -> s == null ? "" : texts.sourceLine(s), s -> null));
        box.setCellFactory(l -> cell(texts::sourceLine));
        box.setButtonCell(cell(texts::sourceLine));
        box.valueProperty().bindBidirectional(form.sourceProperty());
        return box;
    }

    private ComboBox<String> statusBox() {
        List<String> codes = new ArrayList<>(List.of(""));
        codes.addAll(Observation.STATUSES);
        ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(codes));
        box.setId("data-form-status");
        Function<String, String> words = s -> s == null || s.isEmpty() ? text.get("data.status.none")
                : texts.status(s);
        box.setConverter(converter(words, s -> s));
        box.setCellFactory(l -> cell(words));
        box.setButtonCell(cell(words));
        box.valueProperty().bindBidirectional(form.statusProperty());
        return box;
    }

    /** A label, the control, then a hint and an error line under the control; returns the error line (or null). */
    private Label add(String key, Node control, String hint, ReadOnlyStringProperty error) {
        Label label = BoundControls.label(text, key);
        label.getStyleClass().add("form-label");
        grid.add(label, 0, row);
        grid.add(control, 1, row++);
        Label h = hint.isEmpty() ? null : hint(hint);
        if (h != null) {
            grid.add(h, 1, row++);
        }
        if (error == null) {
            return null;
        }
        Label e = message(error);
        grid.add(e, 1, row++);
        if (h != null) {
            // the error says the same and more
            h.visibleProperty().bind(e.visibleProperty().not());
            h.managedProperty().bind(h.visibleProperty());
        }
        // the window grows with the messages rather than cutting off the buttons
        e.visibleProperty().addListener((o, a, b) -> Platform.runLater(() -> {
            if (stage != null) {
                stage.sizeToScene();
            }
        }));
        return e;
    }

    private static Label message(ReadOnlyStringProperty error) {
        Label e = new Label();
        e.getStyleClass().add("message-error");
        e.setWrapText(true);
        e.setMaxWidth(480);
        e.setMinHeight(Region.USE_PREF_SIZE);
        e.textProperty().bind(error);
        e.visibleProperty().bind(Bindings.isNotEmpty(error));
        e.managedProperty().bind(e.visibleProperty());
        return e;
    }

    private static Label hint(String words) {
        Label l = new Label(words);
        l.getStyleClass().add("hint");
        l.setWrapText(true);
        l.setMaxWidth(480);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(columns);
        f.textProperty().bindBidirectional(value);
        f.getStyleClass().add(LaoText.LATIN_CLASS);
        f.setMaxWidth(Region.USE_PREF_SIZE);
        return f;
    }

    private static <T> ListCell<T> cell(Function<T, String> words) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : words.apply(item));
                LaoText.markLatin(this, getText());
            }
        };
    }

    private static <T> StringConverter<T> converter(Function<T, String> to, Function<String, T> from) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return to.apply(t);
            }

            @Override
            public T fromString(String s) {
                return from.apply(s);
            }
        };
    }

    public ObservationForm form() {
        return form;
    }

    /** The form's window (not yet shown when made). */
    public Stage stage() {
        return stage;
    }
}
