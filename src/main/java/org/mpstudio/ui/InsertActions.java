package org.mpstudio.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.mpstudio.ui.common.UiText;
import org.mpstudio.ui.editor.EditorView;
import org.mpstudio.ui.editor.EditorViewModel;
import org.mpstudio.ui.insert.CrossReferenceDialog;
import org.mpstudio.ui.insert.InsertValueDialog;
import org.mpstudio.ui.workspace.WorkspaceModel;

import java.util.function.Consumer;

/**
 * The Insert menu: its dialogs open only while a chapter is loaded and the profile is editable, and what they
 * insert goes in at the editor's caret as a text edit, so the editor's own undo takes it out again.
 */
final class InsertActions {

    private final Stage stage;
    private final WorkspaceModel workspace;
    private final EditorView editor;
    private final EditorViewModel editorModel;
    private final BooleanBinding unavailable;

    InsertActions(Stage stage, WorkspaceModel workspace, EditorView editor, EditorViewModel editorModel) {
        this.stage = stage;
        this.workspace = workspace;
        this.editor = editor;
        this.editorModel = editorModel;
        this.unavailable = Bindings.createBooleanBinding(() -> !available(), workspace.contentProperty(),
                workspace.readOnlyProperty(), editorModel.loadedProperty());
    }

    private boolean available() {
        return workspace.contentProperty().get() != null && !workspace.readOnlyProperty().get()
                && editorModel.loadedProperty().get() != null;
    }

    /** True while nothing may be inserted (no chapter, or a read-only session): the menu items are disabled. */
    BooleanBinding unavailableProperty() {
        return unavailable;
    }

    /** The editor's context menu: the Insert items, disabled with the menu's. */
    ContextMenu editorMenu(UiText text) {
        return new ContextMenu(item(text, "menu.insert.value", this::value),
                item(text, "menu.insert.crossReference", this::crossReference));
    }

    private MenuItem item(UiText text, String key, Runnable action) {
        MenuItem i = new MenuItem();
        i.textProperty().bind(text.bind(key));
        i.setOnAction(e -> action.run());
        i.disableProperty().bind(unavailable);
        return i;
    }

    private void atCaret(String text) {
        editor.area().insertText(editor.area().getCaretPosition(), text);
        editor.area().requestFocus();
    }

    /** Insert > Figure value; null when nothing may be inserted. */
    InsertValueDialog value() {
        return available() ? shown(new InsertValueDialog(stage, workspace, this::atCaret), InsertValueDialog::show)
                : null;
    }

    /** Insert > Cross-reference; null when nothing may be inserted. */
    CrossReferenceDialog crossReference() {
        return available() ? shown(new CrossReferenceDialog(stage, workspace, this::atCaret),
                CrossReferenceDialog::show) : null;
    }

    private static <D> D shown(D dialog, Consumer<D> show) {
        show.accept(dialog);
        return dialog;
    }
}
