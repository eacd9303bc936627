package org.mpstudio.ui.insert;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.mpstudio.i18n.Messages;
import org.mpstudio.model.doc.Block;
import org.mpstudio.ui.common.DialogWindow;
import org.mpstudio.ui.common.UiText;
import org.mpstudio.ui.preview.BlockNodes;
import org.mpstudio.ui.workspace.WorkspaceModel;

import java.util.Map;
import java.util.Optional;

/**
 * Insert > Table: pick the indicator, rows, columns, filters, periods, title and id; the table is laid out as the
 * draft's preview lays it out; Insert puts its {@code table} block at the caret on lines of its own.
 */
public final class InsertTableDialog {

    private final InsertTableViewModel model;
    private final VBox table = new VBox();
    private final Map<String, String> words;
    private final Stage stage;

    public InsertTableDialog(Window owner, WorkspaceModel workspace, InsertTarget target) {
        UiText text = workspace.text();
        String lang = workspace.editLanguage();
        words = Messages.forLanguage(lang).words("word.");
        model = new InsertTableViewModel(workspace.contentProperty().get(), lang,
                workspace.figureIdsProperty().get());
        FigureForm form = new FigureForm(text, model);
        form.row("insertTable.rows", form.combo("insert-rows", model.rowsOptions(), model.rowsProperty(),
                form.axisLabel("")));
        form.row("insertTable.columns", form.combo("insert-columns", model.columnsOptions(), model.columnsProperty(),
                form.axisLabel("insertTable.oneColumn")));
        table.setId("insert-table-preview");
        table.getStylesheets().add(BlockNodes.STYLESHEET);
        table.getStyleClass().add("table-preview");
        ScrollPane scroll = new ScrollPane(table);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(ChartPreview.HEIGHT + 40);
        scroll.setPrefViewportWidth(ChartPreview.WIDTH);
        scroll.getStyleClass().add("table-preview-scroll");
        model.blockProperty().addListener((o, a, b) -> show(b));
        show(model.blockProperty().get());
        stage = form.stage(owner, "insertTable.title", "insert-table-dialog", scroll, target);
    }

    private void show(Optional<Block> block) {
        table.getChildren().setAll(block.map(b -> BlockNodes.standalone(b, words)).stream().toList());
        table.getChildren().forEach(InsertTableDialog::markLatin);
    }

    /** Profile data in the cells keeps the Latin font in a Lao UI unless it is Lao. */
    private static void markLatin(Node n) {
        if (n instanceof Label l) {
            LatinText.mark(l, l.getText());
        } else if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(InsertTableDialog::markLatin);
        }
    }

    public InsertTableViewModel model() {
        return model;
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        DialogWindow.show(stage);
    }
}
