package org.mpstudio.ui.insert;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.mpstudio.model.Source;
import org.mpstudio.ui.common.BoundControls;
import org.mpstudio.ui.common.DialogWindow;
import org.mpstudio.ui.common.UiText;
import org.mpstudio.ui.workspace.WorkspaceModel;

import java.util.Optional;
import java.util.function.Consumer;

/** Insert > Figure value: pick what to show; the value appears live; Insert puts its placeholder at the caret. */
public final class InsertValueDialog {

    private final InsertValueViewModel model;
    private final UiText text;
    private final GridPane choices = new GridPane();
    private final ComboBox<String> period = new ComboBox<>();
    private final Stage stage;

    public InsertValueDialog(Window owner, WorkspaceModel workspace, Consumer<String> insert) {
        this.text = workspace.text();
        this.model = new InsertValueViewModel(workspace.contentProperty().get(), workspace.editLanguage());
        IndicatorPicker picker = new IndicatorPicker(text, model.search());
        VBox left = picker.node();

        period.setId("insert-period");
        period.setItems(model.periods());
        period.setConverter(codes("insertValue.latest"));
        period.valueProperty().bindBidirectional(model.periodProperty());
        choices.setHgap(10);
        choices.setVgap(8);
        model.dimensions().addListener((ListChangeListener<DimensionChoice>) c -> rebuild());
        rebuild();

        Label value = new Label();
        value.setId("insert-value");
        value.getStyleClass().add("value-shown");
        value.textProperty().bind(Bindings.createStringBinding(() -> model.indicatorProperty().get() == null
                ? text.get("insertValue.pick") : model.valueTextProperty().get().isEmpty()
                ? text.get("insertValue.noValue") : model.valueTextProperty().get(),
                model.valueTextProperty(), model.indicatorProperty(), text.localeProperty()));
        value.setWrapText(true);
        Label forPeriod = new Label();
        forPeriod.getStyleClass().add("hint");
        forPeriod.textProperty().bind(Bindings.createStringBinding(() -> model.periodShownProperty().get().isEmpty()
                ? "" : text.get("insertValue.forPeriod", model.periodShownProperty().get()),
                model.periodShownProperty(), text.localeProperty()));
        Label source = new Label();
        source.setId("insert-source");
        source.setWrapText(true);
        source.textProperty().bind(Bindings.createStringBinding(() -> sourceText(model.sourceProperty().get()),
                model.sourceProperty(), model.valueTextProperty(), text.localeProperty()));
        // data from the profile: in a Lao UI, Latin-only text keeps a Latin font (wrapping it in the Lao font garbles it)
        source.textProperty().addListener((o, a, b) -> LatinText.mark(source, b));
        Label code = new Label();
        code.setId("insert-placeholder");
        code.getStyleClass().add("placeholder-code");
        code.setWrapText(true);
        code.textProperty().bind(model.placeholderProperty());
        Label valueTitle = label("insertValue.value");
        valueTitle.getStyleClass().add("section-title");
        Label sourceTitle = label("insertValue.source");
        sourceTitle.getStyleClass().add("section-title");
        VBox right = new VBox(8, choices, valueTitle, value, forPeriod, sourceTitle, source, code);
        right.setPrefWidth(380);
        right.setMinWidth(380);
        right.setMaxWidth(380);
        for (Label l : new Label[] {value, forPeriod, source, code}) {
            l.setMaxWidth(380);
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        HBox body = new HBox(16, left, right);
        VBox.setVgrow(body, Priority.ALWAYS);

        Button ok = new Button();
        ok.setId("insert-ok");
        ok.textProperty().bind(text.bind("insertValue.insert"));
        ok.setDefaultButton(true);
        ok.disableProperty().bind(model.valueTextProperty().isEmpty());
        ok.setOnAction(e -> {
            insert.accept(model.placeholderProperty().get());
            stage().close();
        });
        Button cancel = new Button();
        cancel.setId("insert-cancel");
        cancel.textProperty().bind(text.bind("dialog.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage().close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, gap, ok, cancel);
        buttons.getStyleClass().add("button-bar-row");
        VBox root = new VBox(10, body, buttons);
        root.setId("insert-value-dialog");
        stage = DialogWindow.create(owner, text, "insertValue.title", root);
        stage.setOnShown(e -> picker.focus());
    }

    private void rebuild() {
        choices.getChildren().clear();
        choices.addRow(0, label("insertValue.period"), period);
        int row = 1;
        for (DimensionChoice d : model.dimensions()) {
            ComboBox<String> box = new ComboBox<>(d.options());
            box.setId("insert-dim-" + d.name());
            box.setConverter(codes("insertValue.total"));
            box.valueProperty().bindBidirectional(d.value());
            box.setPrefWidth(180);
            Label l = new Label(dimensionName(d.name()));
            choices.addRow(row++, l, box);
        }
    }

    private String dimensionName(String dim) {
        String key = "insertValue.dim." + dim;
        String t = text.get(key);
        return t.equals(key) ? dim : t;
    }

    private StringConverter<String> codes(String emptyKey) {
        return new StringConverter<>() {
            @Override
            public String toString(String s) {
                if (s == null || s.isEmpty()) {
                    return text.get("insertValue.total");
                }
                return InsertValueViewModel.LATEST.equals(s) && emptyKey.equals("insertValue.latest")
                        ? text.get("insertValue.latest") : s;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        };
    }

    private String sourceText(Optional<Source> s) {
        if (model.valueTextProperty().get().isEmpty()) {
            return "";
        }
        if (s.isEmpty()) {
            return text.get("insertValue.noSource");
        }
        Source src = s.get();
        String line = text.get("insertValue.sourceLine", src.agency(), src.year(), src.title());
        return src.note().isEmpty() ? line : line + "\n" + src.note();
    }

    private Label label(String key) {
        return BoundControls.label(text, key);
    }

    public InsertValueViewModel model() {
        return model;
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        DialogWindow.show(stage);
    }
}
