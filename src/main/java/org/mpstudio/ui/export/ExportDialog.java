package org.mpstudio.ui.export;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.mpstudio.ui.common.BoundControls;
import org.mpstudio.ui.common.DialogWindow;
import org.mpstudio.ui.common.OpenFolder;
import org.mpstudio.ui.common.UiText;
import org.mpstudio.ui.workspace.WorkspaceModel;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;

/** File > Export: the form, the progress while it runs, then the files written and a button to open their folder. */
public final class ExportDialog {

    private static final Map<String, String> LANGUAGE_NAMES = Map.of("en", "English", "vi", "Tiếng Việt", "lo", "ລາວ");

    private final ExportViewModel model;
    private final UiText text;
    private final Stage stage;

    public ExportDialog(Window owner, WorkspaceModel workspace) {
        this.text = workspace.text();
        this.model = new ExportViewModel(workspace, Platform::runLater);
        CheckBox docx = check("export.format.docx", "export-docx");
        docx.selectedProperty().bindBidirectional(model.docxProperty());
        CheckBox pdf = check("export.format.pdf", "export-pdf");
        pdf.selectedProperty().bindBidirectional(model.pdfProperty());
        ComboBox<String> lang = new ComboBox<>(model.languages());
        lang.setId("export-lang");
        lang.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : LANGUAGE_NAMES.getOrDefault(code, code);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        lang.valueProperty().bindBidirectional(model.langProperty());
        CheckBox watermark = check("export.watermark", "export-watermark");
        watermark.selectedProperty().bindBidirectional(model.watermarkProperty());
        TextField folder = new TextField(String.valueOf(model.outDirProperty().get()));
        folder.setId("export-folder");
        folder.setPrefColumnCount(34);
        folder.textProperty().addListener((o, a, b) -> {
            try {
                model.outDirProperty().set(b.isBlank() ? null : Path.of(b.strip()));
            } catch (InvalidPathException e) {
                model.outDirProperty().set(null);
            }
        });
        model.outDirProperty().addListener((o, a, b) -> {
            if (b != null && !b.toString().equals(folder.getText().strip())) {
                folder.setText(b.toString());
            }
        });
        Button browse = button("export.browse", "export-browse");
        browse.setOnAction(e -> {
            DirectoryChooser dc = new DirectoryChooser();
            dc.titleProperty().bind(text.bind("export.folder"));
            Path now = model.outDirProperty().get();
            if (now != null && now.toFile().isDirectory()) {
                dc.setInitialDirectory(now.toFile());
            }
            var chosen = dc.showDialog(stage());
            if (chosen != null) {
                model.outDirProperty().set(chosen.toPath());
            }
        });
        HBox formats = new HBox(16, docx, pdf);
        HBox folderRow = new HBox(6, folder, browse);
        HBox.setHgrow(folder, Priority.ALWAYS);
        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(10);
        form.addRow(0, label("export.formats"), formats);
        form.addRow(1, label("export.language"), lang);
        form.addRow(2, label("export.watermarkLabel"), watermark);
        form.addRow(3, label("export.folder"), folderRow);
        GridPane.setHgrow(folderRow, Priority.ALWAYS);

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setId("export-progress");
        spinner.setPrefSize(22, 22);
        spinner.visibleProperty().bind(model.stateProperty().isEqualTo(ExportViewModel.State.RUNNING));
        spinner.managedProperty().bind(spinner.visibleProperty());
        Label state = new Label();
        state.setId("export-state");
        state.setWrapText(true);
        state.textProperty().bind(Bindings.createStringBinding(this::stateText, model.stateProperty(),
                model.files(), model.errorProperty(), model.unresolvedProperty(), text.localeProperty()));
        model.stateProperty().addListener((o, a, b) -> {
            state.getStyleClass().removeAll("message-ok", "message-error");
            if (b == ExportViewModel.State.DONE) {
                state.getStyleClass().add("message-ok");
            } else if (b == ExportViewModel.State.FAILED) {
                state.getStyleClass().add("message-error");
            }
        });
        ListView<String> progress = new ListView<>(model.progress());
        progress.setId("export-lines");
        progress.getStyleClass().add("progress-list");
        progress.setFocusTraversable(false);
        model.progress().addListener((javafx.collections.ListChangeListener<String>) c ->
                progress.scrollTo(model.progress().size() - 1));
        Label files = new Label();
        files.setId("export-files");
        files.setWrapText(true);
        files.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n",
                model.files().stream().map(Path::toString).toList()), model.files()));
        Label failed = new Label();
        failed.setId("export-failed");
        failed.getStyleClass().add("message-error");
        failed.setWrapText(true);
        failed.textProperty().bind(Bindings.createStringBinding(() -> model.failedSteps().isEmpty() ? ""
                : text.get("export.failedSteps", String.join("\n", model.failedSteps())), model.failedSteps(),
                text.localeProperty()));
        failed.visibleProperty().bind(Bindings.isNotEmpty(model.failedSteps()));
        failed.managedProperty().bind(failed.visibleProperty());

        Button openFolder = button("export.openFolder", "export-open-folder");
        openFolder.visibleProperty().bind(Bindings.isNotEmpty(model.files()));
        openFolder.managedProperty().bind(openFolder.visibleProperty());
        openFolder.setOnAction(e -> {
            Path f = model.files().isEmpty() ? model.outDirProperty().get() : model.files().get(0).getParent();
            OpenFolder.open(f);
        });
        Button export = button("export.run", "export-run");
        export.setDefaultButton(true);
        export.disableProperty().bind(model.canExportProperty().not());
        export.setOnAction(e -> model.export());
        Button close = button("dialog.close", "export-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage().close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, openFolder, gap, export, close);
        buttons.getStyleClass().add("button-bar-row");
        HBox status = new HBox(8, spinner, state);
        status.setAlignment(Pos.CENTER_LEFT);
        Label progressTitle = label("export.progress");
        progressTitle.getStyleClass().add("section-title");
        Label header = new Label(workspace.contentProperty().get().meta().title());
        header.getStyleClass().add("dialog-header");
        Label intro = label("export.intro");
        intro.getStyleClass().add("hint");
        intro.setWrapText(true);
        VBox root = new VBox(10, header, intro, form, status, progressTitle, progress, files, failed, buttons);
        root.setId("export-dialog");
        root.setPrefWidth(620);
        VBox.setVgrow(progress, Priority.ALWAYS);
        stage = DialogWindow.create(owner, text, "export.title", root);
        stage.setOnCloseRequest(e -> {
            if (model.stateProperty().get() == ExportViewModel.State.RUNNING) {
                e.consume();
            }
        });
        close.disableProperty().bind(model.stateProperty().isEqualTo(ExportViewModel.State.RUNNING));
    }

    private String stateText() {
        return switch (model.stateProperty().get()) {
            case READY -> text.get("export.ready");
            case RUNNING -> text.get("export.running");
            case DONE -> model.unresolvedProperty().get() == 0 ? text.get("export.done", model.files().size())
                    : text.get("export.doneUnresolved", model.files().size(), model.unresolvedProperty().get());
            case FAILED -> text.get("export.failed", model.errorProperty().get());
        };
    }

    private Label label(String key) {
        return BoundControls.label(text, key);
    }

    private CheckBox check(String key, String id) {
        return BoundControls.check(text, key, id);
    }

    private Button button(String key, String id) {
        return BoundControls.button(text, key, id);
    }

    public ExportViewModel model() {
        return model;
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        DialogWindow.show(stage);
    }
}
