package org.mpstudio.ui.binder;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import org.mpstudio.model.ChapterStatus;
import org.mpstudio.ui.common.FxPulses;
import org.mpstudio.ui.common.LazyContextMenu;
import org.mpstudio.ui.common.UiText;
import org.mpstudio.ui.workspace.WorkspaceModel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The binder pane: the chapter tree with its context menu (rename, add, delete, status) and F2 / Delete keys. */
public final class BinderView {

    /** How many made-up chapters (each with three sections) {@link #rehearse} lays out: more than a binder shows. */
    private static final int REHEARSAL_CHAPTERS = 8;

    private final BinderViewModel model;
    private final WorkspaceModel workspace;
    private final UiText text;
    private final TreeView<ChapterRow> tree = new TreeView<>();
    private boolean syncing;

    public BinderView(WorkspaceModel workspace, BinderViewModel model) {
        this.model = model;
        this.workspace = workspace;
        this.text = workspace.text();
        tree.setId("binder");
        tree.getStyleClass().add("binder");
        tree.getStylesheets().add(BinderView.class.getResource("binder.css").toExternalForm());
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new ChapterCell(model, text));
        LazyContextMenu.install(tree, this::contextMenu);
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.F2) {
                renameSelected();
            } else if (e.getCode() == KeyCode.DELETE) {
                deleteSelected();
            }
        });
        model.rows().addListener((ListChangeListener<ChapterRow>) c -> rebuild());
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!syncing && b != null && b.getValue() != null) {
                workspace.selectedChapterProperty().set(b.getValue().id());
            }
        });
        workspace.selectedChapterProperty().addListener((o, a, b) -> select(b));
        text.localeProperty().addListener((o, a, b) -> tree.refresh());
        rebuild();
    }

    public Region node() {
        return tree;
    }

    /**
     * Shows the rows: when only numbers, titles, statuses or people changed, the tree's items take the new rows in
     * place (no cells are made again); when chapters were added, removed or moved, the tree is built anew.
     */
    private void rebuild() {
        List<TreeItem<ChapterRow>> shown = new ArrayList<>();
        flatten(tree.getRoot(), shown);
        List<ChapterRow> rows = model.rows();
        boolean sameShape = shown.size() == rows.size();
        for (int i = 0; sameShape && i < rows.size(); i++) {
            ChapterRow was = shown.get(i).getValue();
            sameShape = was.id().equals(rows.get(i).id()) && was.parent().equals(rows.get(i).parent());
        }
        if (sameShape && !rows.isEmpty()) {
            for (int i = 0; i < rows.size(); i++) {
                shown.get(i).setValue(rows.get(i));
            }
            return;
        }
        TreeItem<ChapterRow> root = new TreeItem<>();
        Map<String, TreeItem<ChapterRow>> items = new HashMap<>();
        for (ChapterRow row : model.rows()) {
            TreeItem<ChapterRow> item = new TreeItem<>(row);
            item.setExpanded(true);
            items.put(row.id(), item);
            items.getOrDefault(row.parent(), root).getChildren().add(item);
        }
        syncing = true;
        try {
            tree.setRoot(root);
        } finally {
            syncing = false;
        }
        select(workspace.selectedChapterProperty().get());
    }

    private void select(String id) {
        syncing = true;
        try {
            find(tree.getRoot(), id).ifPresentOrElse(item -> {
                tree.getSelectionModel().select(item);
                int row = tree.getRow(item);
                // a row in sight stays where it is: the binder does not jump under the drafter's click, and
                // scrolling lays the whole tree out at once. A row out of sight (a chapter chosen elsewhere) is
                // scrolled to one frame later, not in the frame that lays out the editor's new chapter.
                if (row >= 0 && !rowInSight(row)) {
                    FxPulses.afterNextPulse(tree, () -> scrollTo(item));
                }
            }, () -> tree.getSelectionModel().clearSelection());
        } finally {
            syncing = false;
        }
    }

    /**
     * Runs {@code drawing} (the window laid out and drawn out of sight before it first shows) while the tree holds
     * made-up rows, then empties the tree again. Start-up uses it when the window must show before its first profile
     * is read: in a new JVM the rows' first styling, layout and glyphs held the window well over 100 ms when the
     * profile came; so they are done here, where no one waits, and the tree keeps the cells it made. Only
     * {@code drawing} runs when the tree shows rows already.
     */
    public void rehearse(Runnable drawing) {
        if (!model.rows().isEmpty()) {
            drawing.run();
            return;
        }
        TreeItem<ChapterRow> root = new TreeItem<>();
        ChapterStatus[] statuses = ChapterStatus.values();
        for (int c = 1; c <= REHEARSAL_CHAPTERS; c++) {
            // numbered chapters with sections, every status, titles in Latin and in Lao script, as profiles have
            TreeItem<ChapterRow> chapter = rehearsalItem(c + "", c % 2 == 0 ? "ບົດ " + c : "Chapter " + c,
                    statuses[c % statuses.length]);
            for (int s = 1; s <= 3; s++) {
                chapter.getChildren().add(rehearsalItem(c + "." + s, "Section " + c + "." + s,
                        statuses[(c + s) % statuses.length]));
            }
            root.getChildren().add(chapter);
        }
        TreeItem<ChapterRow> empty = tree.getRoot();
        syncing = true;
        try {
            tree.setRoot(root);
            tree.getSelectionModel().select(0);
            drawing.run();
        } finally {
            tree.getSelectionModel().clearSelection();
            tree.setRoot(empty);
            syncing = false;
        }
    }

    private static TreeItem<ChapterRow> rehearsalItem(String number, String title, ChapterStatus status) {
        TreeItem<ChapterRow> item = new TreeItem<>(new ChapterRow("rehearsal-" + number, "", number, title, status,
                "Ministry", "Drafter"));
        item.setExpanded(true);
        return item;
    }

    /** Scrolls {@code item}'s row into sight, three rows below the top, if it is still in the tree. */
    private void scrollTo(TreeItem<ChapterRow> item) {
        int row = tree.getRow(item);
        if (row >= 0 && !rowInSight(row)) {
            tree.scrollTo(Math.max(0, row - 3));
        }
    }

    /** Whether row {@code row} shows whole between the first and the last row in sight. */
    private boolean rowInSight(int row) {
        if (tree.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            IndexedCell<?> first = flow.getFirstVisibleCell();
            IndexedCell<?> last = flow.getLastVisibleCell();
            return first != null && last != null && row > first.getIndex() && row < last.getIndex();
        }
        return false;
    }

    /** The tree's chapter items in document order (depth first), as the rows list them. */
    private static void flatten(TreeItem<ChapterRow> at, List<TreeItem<ChapterRow>> out) {
        if (at == null) {
            return;
        }
        if (at.getValue() != null) {
            out.add(at);
        }
        at.getChildren().forEach(c -> flatten(c, out));
    }

    private static Optional<TreeItem<ChapterRow>> find(TreeItem<ChapterRow> at, String id) {
        if (at == null || id == null) {
            return Optional.empty();
        }
        if (at.getValue() != null && at.getValue().id().equals(id)) {
            return Optional.of(at);
        }
        for (TreeItem<ChapterRow> c : at.getChildren()) {
            Optional<TreeItem<ChapterRow>> f = find(c, id);
            if (f.isPresent()) {
                return f;
            }
        }
        return Optional.empty();
    }

    private Optional<ChapterRow> selected() {
        TreeItem<ChapterRow> item = tree.getSelectionModel().getSelectedItem();
        return Optional.ofNullable(item == null ? null : item.getValue());
    }

    private ContextMenu contextMenu() {
        MenuItem rename = item("binder.menu.rename", this::renameSelected);
        MenuItem add = item("binder.menu.add", () -> model.add(selected().map(ChapterRow::id).orElse(null)));
        MenuItem delete = item("binder.menu.delete", this::deleteSelected);
        Menu status = new Menu();
        status.textProperty().bind(text.bind("binder.menu.status"));
        for (ChapterStatus s : ChapterStatus.values()) {
            status.getItems().add(item("status." + s.code(),
                    () -> selected().ifPresent(r -> model.setStatus(r.id(), s))));
        }
        ContextMenu menu = new ContextMenu(rename, add, status, delete);
        menu.setOnShowing(e -> menu.getItems().forEach(i -> i.setDisable(model.isReadOnly())));
        return menu;
    }

    private MenuItem item(String key, Runnable action) {
        MenuItem i = new MenuItem();
        i.textProperty().bind(text.bind(key));
        i.setOnAction(e -> action.run());
        return i;
    }

    private void renameSelected() {
        selected().filter(r -> !model.isReadOnly()).ifPresent(r -> {
            TextInputDialog d = new TextInputDialog(r.title());
            d.setTitle(text.get("binder.rename.title"));
            d.setHeaderText(text.get("binder.rename.header", r.label()));
            d.initOwner(tree.getScene().getWindow());
            d.showAndWait().ifPresent(t -> model.rename(r.id(), t));
        });
    }

    private void deleteSelected() {
        selected().filter(r -> !model.isReadOnly()).ifPresent(r -> {
            Alert a = new Alert(Alert.AlertType.CONFIRMATION, text.get("binder.delete.question", r.label()),
                    ButtonType.OK, ButtonType.CANCEL);
            a.setHeaderText(text.get("binder.delete.header"));
            a.initOwner(tree.getScene().getWindow());
            if (a.showAndWait().filter(b -> b == ButtonType.OK).isPresent()) {
                model.delete(r.id());
            }
        });
    }
}
