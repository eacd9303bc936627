package org.mpstudio.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpstudio.model.ChapterText;
import org.mpstudio.store.ChapterRepository;
import org.mpstudio.store.ChapterRepository.Revision;
import org.mpstudio.store.ProfileRepository;
import org.mpstudio.store.ProfileStore;
import org.mpstudio.task.SameThreadTaskRunner;
import org.mpstudio.ui.common.UiText;
import org.mpstudio.ui.editor.EditorViewModel;
import org.mpstudio.ui.history.HistoryViewModel;
import org.mpstudio.ui.history.LineDiff;
import org.mpstudio.ui.history.LineDiff.Kind;
import org.mpstudio.ui.history.LineDiff.Line;
import org.mpstudio.ui.workspace.ProfileSession;
import org.mpstudio.ui.workspace.WorkspaceModel;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Chapter history: revisions newest first, the line diff, and restore as a new revision that can be undone. */
class HistoryViewModelTest {

    @TempDir
    Path dir;
    private Path file;
    private WorkspaceModel workspace;
    private EditorViewModel editor;

    @BeforeEach
    void open() throws Exception {
        file = UiFixtures.small(dir, "Alpha.\n\nBeta.", "Two.");
        try (ProfileStore store = ProfileStore.open(file)) {
            ChapterRepository repo = new ChapterRepository(store);
            repo.saveText(new ChapterText("ch1", "en", "Chapter 1", "Alpha.\n\nBeta.\n\nGamma."), "ana", "second");
            repo.saveText(new ChapterText("ch1", "en", "First chapter", "Alpha.\n\nDelta.\n\nGamma."), "bo", "third");
        }
        workspace = new WorkspaceModel(new SameThreadTaskRunner(), new UiText("en"));
        editor = new EditorViewModel(workspace, Clock.systemUTC());
        workspace.show(ProfileSession.open(file));
    }

    @AfterEach
    void close() {
        workspace.closeSession();
    }

    private HistoryViewModel history() {
        HistoryViewModel h = new HistoryViewModel(workspace, "ch1", editor::restore);
        h.refresh();
        return h;
    }

    private String storedBody() throws Exception {
        return workspace.sessionProperty().get().use(s -> new ProfileRepository(s).load())
                .text("ch1", "en").orElseThrow().body();
    }

    @Test
    void listsRevisionsNewestFirstAndSelectsTheNewest() {
        HistoryViewModel h = history();
        List<String> notes = h.revisions().stream().map(Revision::note).toList();
        assertEquals(List.of("third", "second"), notes.subList(0, 2));
        assertEquals(3, h.revisions().size(), "the one from creating the profile too");
        assertTrue(h.revisions().get(0).id() > h.revisions().get(1).id());
        assertEquals("bo", h.revisions().get(0).author());
        assertEquals(h.revisions().get(0), h.selectedProperty().get());
        assertTrue(h.diff().stream().allMatch(l -> l.kind() == Kind.SAME), "newest equals the current text");
        assertFalse(h.canRestore());
    }

    @Test
    void diffsTheSelectedRevisionAgainstTheCurrentText() {
        HistoryViewModel h = history();
        h.selectedProperty().set(h.revisions().get(1));
        assertEquals(List.of(new Line(Kind.REMOVED, "# Chapter 1"), new Line(Kind.ADDED, "# First chapter"),
                new Line(Kind.SAME, ""), new Line(Kind.SAME, "Alpha."), new Line(Kind.SAME, ""),
                new Line(Kind.REMOVED, "Beta."), new Line(Kind.ADDED, "Delta."), new Line(Kind.SAME, ""),
                new Line(Kind.SAME, "Gamma.")), h.diff());
        editor.edited("# First chapter\n\nAlpha.\n\nDelta.\n\nGamma.\n\nTyped just now.");
        assertEquals(new Line(Kind.ADDED, "Typed just now."), h.diff().get(h.diff().size() - 1),
                "the diff follows the text being typed");
    }

    @Test
    void lineDiffOfASmallExample() {
        assertEquals(List.of(new Line(Kind.SAME, "a"), new Line(Kind.REMOVED, "b"), new Line(Kind.SAME, "c"),
                new Line(Kind.ADDED, "x"), new Line(Kind.SAME, "d"), new Line(Kind.ADDED, "e")),
                LineDiff.diff(List.of("a", "b", "c", "d"), List.of("a", "c", "x", "d", "e")));
        assertEquals(List.of(new Line(Kind.REMOVED, "only")), LineDiff.diff(List.of("only"), List.of()));
    }

    @Test
    void restoreSavesTheOldTextAsANewRevisionAndUndoKeepsBoth() throws Exception {
        editor.edited("# First chapter\n\nAlpha.\n\nDelta.\n\nGamma.\n\nUnsaved words.");
        HistoryViewModel h = history();
        Revision second = h.revisions().stream().filter(r -> r.note().equals("second")).findFirst().orElseThrow();
        h.selectedProperty().set(second);
        assertTrue(h.canRestore());
        h.restore();

        assertEquals("restored revision " + second.id(), h.revisions().get(0).note());
        assertEquals("Chapter 1", h.revisions().get(0).title());
        assertEquals("Alpha.\n\nBeta.\n\nGamma.", h.revisions().get(0).body());
        assertTrue(h.revisions().get(1).body().contains("Unsaved words."), "the typed text was saved first");
        assertEquals("Alpha.\n\nBeta.\n\nGamma.", storedBody());
        assertEquals(new ChapterText("ch1", "en", "Chapter 1", "Alpha.\n\nBeta.\n\nGamma."),
                editor.loadedProperty().get(), "the editor shows the restored text");
        assertEquals("Alpha.\n\nBeta.\n\nGamma.",
                workspace.contentProperty().get().text("ch1", "en").orElseThrow().body());
        assertEquals("Restore revision " + second.id(), workspace.undo().undoDescriptionProperty().get());

        workspace.undo().undo();
        assertTrue(storedBody().contains("Unsaved words."));
        assertTrue(editor.loadedProperty().get().body().contains("Unsaved words."));
        h.refresh();
        assertEquals("undid restore of revision " + second.id(), h.revisions().get(0).note());
        assertEquals(6, h.revisions().size(), "3 at start, the typed text, the restore and its undo");
    }
}
