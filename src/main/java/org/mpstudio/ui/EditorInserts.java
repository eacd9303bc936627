package org.mpstudio.ui;

import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.fxmisc.richtext.CodeArea;
import org.mpstudio.ui.editor.EditorViewModel;
import org.mpstudio.ui.insert.CrossReferenceDialog;
import org.mpstudio.ui.insert.InsertChartDialog;
import org.mpstudio.ui.insert.InsertTableDialog;
import org.mpstudio.ui.insert.InsertTarget;
import org.mpstudio.ui.insert.InsertValueDialog;
import org.mpstudio.ui.workspace.WorkspaceModel;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The Insert menu's dialogs over the editor: each opens only while a chapter is open and the profile editable, and
 * puts its text at the caret as one edit of the editor's own undo history.
 */
final class EditorInserts implements InsertTarget {

    private final Window owner;
    private final WorkspaceModel workspace;
    private final CodeArea area;
    private final BooleanBinding disabled;

    EditorInserts(Window owner, WorkspaceModel workspace, EditorViewModel editorModel, CodeArea area) {
        this.owner = owner;
        this.workspace = workspace;
        this.area = area;
        this.disabled = workspace.readOnlyProperty().or(editorModel.loadedProperty().isNull());
    }

    /** True while nothing can be inserted: no chapter open, or a read-only profile. */
    BooleanBinding disabled() {
        return disabled;
    }

    InsertValueDialog value() {
        return open(() -> new InsertValueDialog(owner, workspace, placeholder -> insert(caret(), placeholder)),
                InsertValueDialog::show);
    }

    InsertChartDialog chart() {
        return open(() -> new InsertChartDialog(owner, workspace, this), InsertChartDialog::show);
    }

    InsertTableDialog table() {
        return open(() -> new InsertTableDialog(owner, workspace, this), InsertTableDialog::show);
    }

    CrossReferenceDialog crossReference() {
        return open(() -> new CrossReferenceDialog(owner, workspace, reference -> insert(caret(), reference)),
                CrossReferenceDialog::show);
    }

    /** Makes and shows a dialog, or returns null while nothing can be inserted. */
    private <D> D open(Supplier<D> dialog, Consumer<D> show) {
        if (disabled.get()) {
            return null;
        }
        D d = dialog.get();
        show.accept(d);
        return d;
    }

    /** The editor's context menu: the Insert menu's items. */
    ContextMenu contextMenu() {
        ContextMenu menu = new ContextMenu();
        Map<String, Runnable> actions = new LinkedHashMap<>();
        actions.put("menu.insert.value", this::value);
        actions.put("menu.insert.chart", this::chart);
        actions.put("menu.insert.table", this::table);
        actions.put("menu.insert.crossReference", this::crossReference);
        actions.forEach((key, action) -> {
            MenuItem item = new MenuItem();
            item.textProperty().bind(workspace.text().bind(key));
            item.setOnAction(e -> action.run());
            item.disableProperty().bind(disabled);
            menu.getItems().add(item);
        });
        return menu;
    }

    @Override
    public String text() {
        return area.getText();
    }

    @Override
    public int caret() {
        return area.getCaretPosition();
    }

    @Override
    public void insert(int offset, String inserted) {
        // its own undo step, never merged with the typing before or after it
        area.getUndoManager().preventMerge();
        area.insertText(offset, inserted);
        area.getUndoManager().preventMerge();
        area.requestFocus();
    }
}
