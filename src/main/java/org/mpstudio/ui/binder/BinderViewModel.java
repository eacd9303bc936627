package org.mpstudio.ui.binder;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mpstudio.model.Chapter;
import org.mpstudio.model.ChapterStatus;
import org.mpstudio.model.ChapterText;
import org.mpstudio.model.ProfileContent;
import org.mpstudio.store.ChapterStructureRepository;
import org.mpstudio.store.StoreException;
import org.mpstudio.ui.common.Command;
import org.mpstudio.ui.workspace.WorkspaceModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The binder's logic: the chapter rows of the open profile in document order, and the structural edits, each an
 * undoable command kept by the workspace's undo manager and written to the store in one transaction.
 */
public final class BinderViewModel {

    private static final String AUTHOR = System.getProperty("user.name", "editor");

    private final WorkspaceModel workspace;
    private final ObservableList<ChapterRow> rows = FXCollections.observableArrayList();

    public BinderViewModel(WorkspaceModel workspace) {
        this.workspace = workspace;
        workspace.contentProperty().addListener((o, a, b) -> refresh());
        workspace.numbersProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    public ObservableList<ChapterRow> rows() {
        return rows;
    }

    public boolean isReadOnly() {
        return workspace.readOnlyProperty().get();
    }

    public Optional<ChapterRow> row(String id) {
        return rows.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    private void refresh() {
        ProfileContent c = workspace.contentProperty().get();
        if (c == null) {
            rows.clear();
            return;
        }
        String lang = c.meta().mainLanguage();
        Map<String, String> numbers = workspace.numbersProperty().get();
        List<ChapterRow> out = new ArrayList<>();
        for (Chapter ch : c.chapters()) {
            String title = c.text(ch.id(), lang).map(ChapterText::title).orElse(ch.id());
            out.add(new ChapterRow(ch.id(), ch.parent(), numbers.getOrDefault(ch.id(), ""), title, ch.status(),
                    ch.leadAgency(), ch.assignee()));
        }
        if (!out.equals(rows)) {
            rows.setAll(out);
        }
    }

    public void rename(String id, String title) {
        String lang = workspace.editLanguage();
        String old = row(id).map(ChapterRow::title).orElseThrow();
        String clean = title.strip();
        if (clean.isEmpty() || clean.equals(old)) {
            return;
        }
        run(new StoreCommand(workspace, workspace.text().get("binder.command.rename"),
                () -> store(s -> s.rename(id, lang, clean, AUTHOR)),
                () -> store(s -> s.rename(id, lang, old, AUTHOR))));
    }

    public void setStatus(String id, ChapterStatus status) {
        ChapterStatus old = row(id).map(ChapterRow::status).orElseThrow();
        if (old == status) {
            return;
        }
        run(new StoreCommand(workspace, workspace.text().get("binder.command.status"),
                () -> store(s -> s.setStatus(id, status)), () -> store(s -> s.setStatus(id, old))));
    }

    /** Adds a new chapter after {@code afterId} (at the end when null), at the same level, and selects it. */
    public String add(String afterId) {
        int at = afterId == null ? rows.size() : indexOf(afterId) + 1;
        String parent = afterId == null ? "" : row(afterId).map(ChapterRow::parent).orElse("");
        String id = freshId();
        Chapter chapter = new Chapter(id, parent, ChapterStatus.DRAFT, "", "");
        ChapterText text = new ChapterText(id, workspace.editLanguage(), workspace.text().get("binder.newTitle"), "");
        run(new StoreCommand(workspace, workspace.text().get("binder.command.add"),
                () -> store(s -> s.insert(chapter, at, List.of(text), AUTHOR)), () -> store(s -> s.delete(id))));
        workspace.selectedChapterProperty().set(id);
        return id;
    }

    public void delete(String id) {
        ChapterStructureRepository.Removed[] removed = new ChapterStructureRepository.Removed[1];
        run(new StoreCommand(workspace, workspace.text().get("binder.command.delete"),
                () -> removed[0] = workspace.sessionProperty().get().use(s -> new ChapterStructureRepository(s)
                        .delete(id)),
                () -> store(s -> s.insert(removed[0].chapter(), removed[0].position(), removed[0].texts(), AUTHOR))));
    }

    /** Moves a chapter to just before {@code beforeId} (to the end when null), taking that chapter's level. */
    public void moveBefore(String id, String beforeId) {
        if (id.equals(beforeId)) {
            return;
        }
        int from = indexOf(id);
        String oldParent = rows.get(from).parent();
        int target = beforeId == null ? rows.size() : indexOf(beforeId);
        int to = target > from ? target - 1 : target;
        String parent = beforeId == null ? "" : row(beforeId).map(ChapterRow::parent).orElse("");
        if (parent.equals(id)) {
            parent = oldParent;
        }
        String newParent = parent;
        run(new StoreCommand(workspace, workspace.text().get("binder.command.move"),
                () -> store(s -> s.move(id, to, newParent)), () -> store(s -> s.move(id, from, oldParent))));
    }

    private int indexOf(String id) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no chapter " + id);
    }

    private String freshId() {
        for (int n = 1; ; n++) {
            String id = "chapter-" + n;
            if (row(id).isEmpty()) {
                return id;
            }
        }
    }

    /** Work on the chapter structure. */
    @FunctionalInterface
    private interface StructureWork {
        void run(ChapterStructureRepository repo) throws StoreException;
    }

    private void store(StructureWork work) throws StoreException {
        workspace.sessionProperty().get().use(s -> {
            work.run(new ChapterStructureRepository(s));
            return null;
        });
    }

    private void run(Command c) {
        if (workspace.readOnlyProperty().get()) {
            return;
        }
        try {
            workspace.undo().execute(c);
        } catch (Exception e) {
            System.getLogger(BinderViewModel.class.getName()).log(System.Logger.Level.WARNING, c.description(), e);
            workspace.statusProperty().set(workspace.text().get("status.failed", c.description(), e.getMessage()));
        }
    }
}
