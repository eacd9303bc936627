package org.mpstudio.ui.data;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.mpstudio.i18n.Messages;
import org.mpstudio.ingest.ImportBatch;
import org.mpstudio.model.Observation;
import org.mpstudio.model.Problem;
import org.mpstudio.template.FigureFormatter;
import org.mpstudio.ui.common.BoundControls;
import org.mpstudio.ui.common.DialogWindow;
import org.mpstudio.ui.common.UiText;
import org.mpstudio.ui.workspace.WorkspaceModel;

import java.util.function.Function;

/**
 * File > Import data: choose a CSV or XLSX, see what was read (layout, figures, the first 50) and every problem
 * with its row and column; Import is possible only when there is no error. Cancel changes nothing.
 */
public final class ImportDialog {

    private final ImportViewModel model;
    private final WorkspaceModel workspace;
    private final UiText text;
    private final Stage stage;

    public ImportDialog(Window owner, WorkspaceModel workspace) {
        this.workspace = workspace;
        this.text = workspace.text();
        this.model = new ImportViewModel(workspace);
        TextField file = new TextField();
        file.setId("import-file");
        file.setEditable(false);
        file.setPrefColumnCount(40);
        file.textProperty().bind(Bindings.createStringBinding(() -> model.fileProperty().get() == null ? ""
                : model.fileProperty().get().toString(), model.fileProperty()));
        file.promptTextProperty().bind(text.bind("import.noFile"));
        Button choose = button("import.choose", "import-choose");
        choose.setOnAction(e -> choose());
        HBox fileRow = new HBox(6, file, choose);
        HBox.setHgrow(file, Priority.ALWAYS);
        ComboBox<String> source = combo("import-source", model.sourceIds(), "import.source.none");
        source.valueProperty().bindBidirectional(model.defaultSourceProperty());
        ComboBox<String> indicator = combo("import-indicator", model.indicatorIds(), "import.indicator.fromFile");
        indicator.valueProperty().bindBidirectional(model.indicatorOverrideProperty());
        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(8);
        form.addRow(0, label("import.file"), fileRow);
        form.addRow(1, label("import.source"), source, hint("import.source.hint"));
        form.addRow(2, label("import.indicator"), indicator, hint("import.indicator.hint"));
        GridPane.setHgrow(fileRow, Priority.ALWAYS);
        GridPane.setColumnSpan(fileRow, 2);

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(20, 20);
        spinner.visibleProperty().bind(model.stateProperty().isEqualTo(ImportViewModel.State.READING)
                .or(model.stateProperty().isEqualTo(ImportViewModel.State.IMPORTING)));
        spinner.managedProperty().bind(spinner.visibleProperty());
        Label summary = new Label();
        summary.setId("import-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(Bindings.createStringBinding(this::summaryText, model.stateProperty(),
                model.batchProperty(), model.summaryProperty(), text.localeProperty()));
        model.stateProperty().addListener((o, a, b) -> style(summary));
        summary.setMaxWidth(Double.MAX_VALUE);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(summary, Priority.ALWAYS);
        Label blocked = new Label();
        blocked.setId("import-blocked");
        blocked.getStyleClass().add("message-error");
        blocked.setWrapText(true);
        blocked.setMinHeight(Region.USE_PREF_SIZE);
        blocked.textProperty().bind(text.bind("import.blocked"));
        blocked.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.stateProperty().get()
                == ImportViewModel.State.READ && model.batchProperty().get() != null
                && model.batchProperty().get().hasErrors(), model.stateProperty(), model.batchProperty()));
        blocked.managedProperty().bind(blocked.visibleProperty());
        HBox status = new HBox(8, spinner, summary);
        status.setAlignment(Pos.CENTER_LEFT);

        Label figuresTitle = label("import.figures");
        figuresTitle.getStyleClass().add("section-title");
        TableView<Observation> figures = new TableView<>(model.preview());
        figures.setId("import-preview");
        figures.setPrefHeight(190);
        figures.placeholderProperty().set(placeholder("import.figures.none"));
        figures.getColumns().add(column("import.col.indicator", Observation::indicatorId, 190));
        figures.getColumns().add(column("import.col.period", o -> o.period().toString(), 70));
        figures.getColumns().add(column("import.col.dimensions", o -> o.dimensions().isTotal()
                ? text.get("import.total") : o.dimensions().values().toString().replaceAll("[{}]", ""), 150));
        figures.getColumns().add(column("import.col.value", this::value, 100));
        figures.getColumns().add(column("import.col.source", Observation::sourceId, 130));

        Label problemsTitle = label("import.problems");
        problemsTitle.getStyleClass().add("section-title");
        TableView<Problem> problems = new TableView<>(model.problems());
        problems.setId("import-problems");
        problems.setPrefHeight(170);
        problems.placeholderProperty().set(placeholder("import.problems.none"));
        TableColumn<Problem, Problem.Severity> severity = new TableColumn<>();
        severity.textProperty().bind(text.bind("import.col.severity"));
        severity.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().severity()));
        severity.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Problem.Severity s, boolean empty) {
                super.updateItem(s, empty);
                getStyleClass().removeAll("severity-error", "severity-warning");
                if (empty || s == null) {
                    setText(null);
                } else {
                    setText(s == Problem.Severity.ERROR ? text.get("problem.error") : text.get("problem.warning"));
                    getStyleClass().add(s == Problem.Severity.ERROR ? "severity-error" : "severity-warning");
                }
            }
        });
        severity.setPrefWidth(90);
        problems.getColumns().add(severity);
        problems.getColumns().add(column("import.col.row", p -> p.line() == 0 ? "" : String.valueOf(p.line()), 60));
        problems.getColumns().add(column("import.col.column", p -> p.column() == 0 ? ""
                : String.valueOf(p.column()), 70));
        TableColumn<Problem, String> message = column("import.col.message", p -> Messages.forLanguage(
                text.language()).format(p.code(), p.args()), 560);
        message.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                setTooltip(empty || s == null ? null : new javafx.scene.control.Tooltip(s));
                setWrapText(true);
            }
        });
        problems.getColumns().add(message);
        problems.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        Button importButton = button("import.run", "import-run");
        importButton.setDefaultButton(true);
        importButton.disableProperty().bind(model.canImportProperty().not());
        importButton.setOnAction(e -> model.importNow());
        Button cancel = new Button();
        cancel.setId("import-cancel");
        cancel.textProperty().bind(Bindings.when(model.stateProperty().isEqualTo(ImportViewModel.State.IMPORTED))
                .then(text.bind("dialog.close")).otherwise(text.bind("dialog.cancel")));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage().close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, gap, importButton, cancel);
        buttons.getStyleClass().add("button-bar-row");
        VBox root = new VBox(10, form, status, blocked, figuresTitle, figures, problemsTitle, problems, buttons);
        root.setId("import-dialog");
        root.setPrefWidth(980);
        VBox.setVgrow(figures, Priority.ALWAYS);
        VBox.setVgrow(problems, Priority.ALWAYS);
        stage = DialogWindow.create(owner, text, "import.title", root);
        stage.setOnShown(e -> choose.requestFocus());
    }

    private void choose() {
        FileChooser fc = new FileChooser();
        fc.titleProperty().bind(text.bind("import.choose"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.get("import.fileTypes"), "*.csv", "*.xlsx",
                "*.CSV", "*.XLSX"));
        var f = fc.showOpenDialog(stage);
        if (f != null) {
            model.fileProperty().set(f.toPath());
        }
    }

    private String value(Observation o) {
        var content = workspace.contentProperty().get();
        return content == null ? String.valueOf(o.value()) : content.indicator(o.indicatorId())
                .map(i -> new FigureFormatter(workspace.editLanguage()).value(i, o.value())).orElse(String.valueOf(o.value()));
    }

    private String summaryText() {
        ImportBatch b = model.batchProperty().get();
        return switch (model.stateProperty().get()) {
            case EMPTY -> text.get("import.chooseFirst");
            case READING -> text.get("import.reading");
            case IMPORTING -> text.get("import.importing");
            case FAILED -> text.get("import.failed", model.errorProperty().get());
            case IMPORTED -> text.get("import.imported", model.summaryProperty().get().inserted(),
                    model.summaryProperty().get().updated(), model.summaryProperty().get().unchanged());
            case READ -> {
                String layout = b.layout() == org.mpstudio.ingest.Layout.WIDE ? text.get("import.layout.wide")
                        : text.get("import.layout.long");
                String read = text.get("import.read", layout, b.observations().size(),
                        model.count(Problem.Severity.ERROR), model.count(Problem.Severity.WARNING));
                yield read;
            }
        };
    }

    private void style(Label summary) {
        summary.getStyleClass().removeAll("message-ok", "message-error");
        ImportBatch b = model.batchProperty().get();
        switch (model.stateProperty().get()) {
            case IMPORTED -> summary.getStyleClass().add("message-ok");
            case FAILED -> summary.getStyleClass().add("message-error");
            case READ -> {
                if (b != null && b.hasErrors()) {
                    summary.getStyleClass().add("message-error");
                }
            }
            default -> {
            }
        }
    }

    private <T> TableColumn<T, String> column(String key, Function<T, String> value, double width) {
        return BoundControls.column(text, key, value, width);
    }

    private ComboBox<String> combo(String id, javafx.collections.ObservableList<String> items, String noneKey) {
        ComboBox<String> c = new ComboBox<>(items);
        c.setId(id);
        c.setPrefWidth(240);
        c.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null || s.isEmpty() ? text.get(noneKey) : s;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        return c;
    }

    private Label placeholder(String key) {
        Label l = label(key);
        l.getStyleClass().add("hint");
        return l;
    }

    private Label hint(String key) {
        Label l = label(key);
        l.getStyleClass().add("hint");
        l.setWrapText(true);
        l.setMaxWidth(420);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private Label label(String key) {
        return BoundControls.label(text, key);
    }

    private Button button(String key, String id) {
        return BoundControls.button(text, key, id);
    }

    public ImportViewModel model() {
        return model;
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        DialogWindow.show(stage);
    }
}
