package org.mpstudio.ui.history;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mpstudio.model.ChapterText;
import org.mpstudio.store.ChapterRepository;
import org.mpstudio.store.ChapterRepository.Revision;
import org.mpstudio.template.ChapterParser;
import org.mpstudio.ui.common.Command;
import org.mpstudio.ui.workspace.ProfileSession;
import org.mpstudio.ui.workspace.WorkspaceModel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The history of one chapter in the edit language: its revisions newest first, the line diff of the selected one
 * against the current text (as typed, in memory), and restoring it. A restore saves the old title and body as a new
 * revision noted "restored revision N" (so nothing is lost) and is a structural command: undoing it saves the text
 * from before the restore as another new revision.
 */
public final class HistoryViewModel {

    /** Replaces a chapter's text everywhere (store with a revision, content in memory, editor). */
    @FunctionalInterface
    public interface Restorer {
        void restore(ChapterText text, String note) throws Exception;
    }

    private final WorkspaceModel workspace;
    private final String chapterId;
    private final String lang;
    private final Restorer restorer;
    private final ObservableList<Revision> revisions = FXCollections.observableArrayList();
    private final ObjectProperty<Revision> selected = new SimpleObjectProperty<>();
    private final ObservableList<LineDiff.Line> diff = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public HistoryViewModel(WorkspaceModel workspace, String chapterId, Restorer restorer) {
        this.workspace = workspace;
        this.chapterId = chapterId;
        this.lang = workspace.editLanguage();
        this.restorer = restorer;
        selected.addListener((o, a, b) -> diff.setAll(b == null ? List.of() : diffOf(b)));
        workspace.contentProperty().addListener((o, a, b) -> {
            if (selected.get() != null) {
                diff.setAll(diffOf(selected.get()));
            }
        });
    }

    public String chapterId() {
        return chapterId;
    }

    /** Revisions, newest first. */
    public ObservableList<Revision> revisions() {
        return revisions;
    }

    public ObjectProperty<Revision> selectedProperty() {
        return selected;
    }

    /** The selected revision (before) against the current text (after). */
    public ObservableList<LineDiff.Line> diff() {
        return diff;
    }

    /** The last failure, or "". */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Reads the revisions (after the editor saved what it holds), keeping the selection when it is still there. */
    public void refresh() {
        ProfileSession session = workspace.sessionProperty().get();
        if (session == null) {
            return;
        }
        workspace.flush();
        workspace.runner().run("history " + chapterId, () -> session.use(s ->
                new ChapterRepository(s).revisions(chapterId, lang)), this::show, e -> error.set(String.valueOf(
                e.getMessage())));
    }

    private void show(List<Revision> loaded) {
        long keep = selected.get() == null ? -1 : selected.get().id();
        List<Revision> newestFirst = new ArrayList<>(loaded);
        newestFirst.sort(Comparator.comparingLong(Revision::id).reversed());
        revisions.setAll(newestFirst);
        selected.set(newestFirst.stream().filter(r -> r.id() == keep).findFirst()
                .orElse(newestFirst.isEmpty() ? null : newestFirst.get(0)));
    }

    /** The current text of the chapter as the editor shows it: title line, blank line, body. */
    String currentMarkdown() {
        var c = workspace.contentProperty().get();
        return c == null ? "" : c.text(chapterId, lang).map(ChapterParser::markdown).orElse("");
    }

    private List<LineDiff.Line> diffOf(Revision r) {
        String old = ChapterParser.markdown(new ChapterText(chapterId, lang, r.title(), r.body()));
        return LineDiff.diff(LineDiff.lines(old), LineDiff.lines(currentMarkdown()));
    }

    /** True when the selected revision can be restored: a profile open for writing and a text that differs. */
    public boolean canRestore() {
        Revision r = selected.get();
        var c = workspace.contentProperty().get();
        return r != null && c != null && !workspace.readOnlyProperty().get()
                && c.text(chapterId, lang).map(t -> !t.title().equals(r.title()) || !t.body().equals(r.body()))
                .orElse(false);
    }

    /** Restores the selected revision as a new revision, undoable through the workspace's history. */
    public void restore() {
        Revision r = selected.get();
        if (!canRestore()) {
            return;
        }
        workspace.flush();
        ChapterText before = workspace.contentProperty().get().text(chapterId, lang).orElseThrow();
        ChapterText old = new ChapterText(chapterId, lang, r.title(), r.body());
        String description = workspace.text().get("history.command.restore", String.valueOf(r.id()));
        try {
            workspace.undo().execute(new Command() {
                @Override
                public void execute() throws Exception {
                    restorer.restore(old, "restored revision " + r.id());
                }

                @Override
                public void undo() throws Exception {
                    restorer.restore(before, "undid restore of revision " + r.id());
                }

                @Override
                public String description() {
                    return description;
                }
            });
            error.set("");
        } catch (Exception e) {
            error.set(String.valueOf(e.getMessage()));
        }
        refresh();
    }
}
