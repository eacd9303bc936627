package org.mpstudio.ui.history;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.mpstudio.store.ChapterRepository.Revision;
import org.mpstudio.ui.common.DialogWindow;
import org.mpstudio.ui.common.UiText;
import org.mpstudio.ui.workspace.WorkspaceModel;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Chapter &gt; History: the revisions of the selected chapter (time, author, note), newest first; the selected one
 * against the current text, removed lines red and added lines green; Restore and Close.
 */
public final class HistoryDialog {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final HistoryViewModel model;
    private final Stage stage;

    public HistoryDialog(Window owner, WorkspaceModel workspace, String chapterId, HistoryViewModel.Restorer restorer) {
        UiText text = workspace.text();
        this.model = new HistoryViewModel(workspace, chapterId, restorer);
        ListView<Revision> list = new ListView<>(model.revisions());
        list.setId("history-revisions");
        list.setPrefWidth(330);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Revision r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : time(r.createdAt()) + "  " + r.author()
                        + (r.note() == null || r.note().isBlank() ? "" : "\n" + r.note()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.selectedProperty().set(b);
            }
        });
        model.selectedProperty().addListener((o, a, b) -> {
            if (b != null && list.getSelectionModel().getSelectedItem() != b) {
                list.getSelectionModel().select(b);
            }
        });

        ListView<LineDiff.Line> diff = new ListView<>(model.diff());
        diff.setId("history-diff");
        diff.getStyleClass().add("history-diff");
        diff.setPrefWidth(620);
        diff.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(LineDiff.Line line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().removeAll("diff-added", "diff-removed", "diff-same");
                if (empty || line == null) {
                    setText(null);
                    return;
                }
                switch (line.kind()) {
                    case ADDED -> {
                        setText("+ " + line.text());
                        getStyleClass().add("diff-added");
                    }
                    case REMOVED -> {
                        setText("− " + line.text());
                        getStyleClass().add("diff-removed");
                    }
                    default -> {
                        setText("  " + line.text());
                        getStyleClass().add("diff-same");
                    }
                }
            }
        });
        Label revisionsTitle = title(text, "history.revisions");
        Label diffTitle = title(text, "history.diff");
        SplitPane split = new SplitPane(new VBox(6, revisionsTitle, list), new VBox(6, diffTitle, diff));
        split.setDividerPositions(0.34);
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox.setVgrow(diff, Priority.ALWAYS);
        VBox.setVgrow(split, Priority.ALWAYS);

        Label error = new Label();
        error.setId("history-error");
        error.getStyleClass().add("message-error");
        error.textProperty().bind(model.errorProperty());
        Button restore = new Button();
        restore.setId("history-restore");
        restore.textProperty().bind(text.bind("history.restore"));
        restore.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.canRestore(),
                model.selectedProperty(), workspace.contentProperty(), workspace.readOnlyProperty()));
        restore.setOnAction(e -> model.restore());
        Button close = new Button();
        close.setId("history-close");
        close.textProperty().bind(text.bind("history.close"));
        close.setCancelButton(true);
        close.setDefaultButton(true);
        close.setOnAction(e -> stage().close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, error, gap, restore, close);
        VBox root = new VBox(10, split, buttons);
        root.setPrefSize(980, 560);
        root.getStylesheets().add(HistoryDialog.class.getResource("history.css").toExternalForm());
        stage = DialogWindow.create(owner, text, "history.title", root);
    }

    private static Label title(UiText text, String key) {
        Label l = new Label();
        l.getStyleClass().add("section-title");
        l.textProperty().bind(text.bind(key));
        return l;
    }

    static String time(String createdAt) {
        try {
            return TIME.format(Instant.parse(createdAt));
        } catch (DateTimeParseException | NullPointerException e) {
            return String.valueOf(createdAt);
        }
    }

    public Stage stage() {
        return stage;
    }

    public HistoryViewModel model() {
        return model;
    }

    public void show() {
        DialogWindow.show(stage);
        model.refresh();
    }
}
