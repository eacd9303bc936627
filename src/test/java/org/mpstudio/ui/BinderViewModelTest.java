package org.mpstudio.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpstudio.model.ChapterStatus;
import org.mpstudio.store.ProfileRepository;
import org.mpstudio.store.ProfileStore;
import org.mpstudio.task.SameThreadTaskRunner;
import org.mpstudio.ui.binder.BinderViewModel;
import org.mpstudio.ui.binder.ChapterRow;
import org.mpstudio.ui.common.UiText;
import org.mpstudio.ui.workspace.ProfileSession;
import org.mpstudio.ui.workspace.WorkspaceModel;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The binder's edits change the store and undo exactly; plain JUnit, no toolkit. */
class BinderViewModelTest {

    @TempDir
    Path dir;
    private Path file;
    private WorkspaceModel workspace;
    private BinderViewModel binder;

    @BeforeEach
    void open() throws Exception {
        file = UiFixtures.small(dir, "One.", "Two.", "Three.");
        workspace = new WorkspaceModel(new SameThreadTaskRunner(), new UiText("en"));
        binder = new BinderViewModel(workspace);
        workspace.show(ProfileSession.open(file));
    }

    @AfterEach
    void close() {
        workspace.closeSession();
    }

    private List<String> ids() {
        return binder.rows().stream().map(ChapterRow::id).toList();
    }

    private String storedTitle(String id) throws Exception {
        return workspace.sessionProperty().get().use(s -> new ProfileRepository(s).load())
                .text(id, "en").orElseThrow().title();
    }

    @Test
    void renameIsStoredAndUndone() throws Exception {
        binder.rename("ch2", "Labour migration");
        assertEquals("Labour migration", binder.row("ch2").orElseThrow().title());
        assertEquals("Labour migration", storedTitle("ch2"));
        assertEquals("Rename chapter", workspace.undo().undoDescriptionProperty().get());
        workspace.undo().undo();
        assertEquals("Chapter 2", storedTitle("ch2"));
        assertEquals("Chapter 2", binder.row("ch2").orElseThrow().title());
        workspace.undo().redo();
        assertEquals("Labour migration", storedTitle("ch2"));
    }

    @Test
    void addDeleteMoveAndStatusUndo() throws Exception {
        String id = binder.add("ch1");
        assertEquals(List.of("ch1", id, "ch2", "ch3"), ids());
        assertEquals(id, workspace.selectedChapterProperty().get());
        workspace.undo().undo();
        assertEquals(List.of("ch1", "ch2", "ch3"), ids());

        binder.delete("ch2");
        assertEquals(List.of("ch1", "ch3"), ids());
        workspace.undo().undo();
        assertEquals(List.of("ch1", "ch2", "ch3"), ids());
        assertEquals("Two.", workspace.contentProperty().get().text("ch2", "en").orElseThrow().body());

        binder.moveBefore("ch3", "ch1");
        assertEquals(List.of("ch3", "ch1", "ch2"), ids());
        workspace.undo().undo();
        assertEquals(List.of("ch1", "ch2", "ch3"), ids());

        binder.setStatus("ch1", ChapterStatus.IN_REVIEW);
        assertEquals(ChapterStatus.IN_REVIEW, binder.row("ch1").orElseThrow().status());
        workspace.undo().undo();
        assertEquals(ChapterStatus.DRAFT, binder.row("ch1").orElseThrow().status());
        assertTrue(workspace.undo().canRedoProperty().get());
    }

    @Test
    void aSecondEditorGetsTheProfileReadOnlyAndCannotChangeIt() throws Exception {
        WorkspaceModel second = new WorkspaceModel(new SameThreadTaskRunner(), new UiText("en"));
        BinderViewModel secondBinder = new BinderViewModel(second);
        second.show(ProfileSession.open(file));
        try {
            assertTrue(second.readOnlyProperty().get());
            assertFalse(workspace.readOnlyProperty().get());
            secondBinder.rename("ch1", "Not allowed");
            assertEquals("Chapter 1", storedTitle("ch1"));
            assertEquals(ProcessHandle.current().pid(), second.sessionProperty().get().heldBy().orElseThrow().pid());
        } finally {
            second.closeSession();
        }
        try (ProfileStore store = ProfileStore.open(file)) {
            assertEquals("ok", store.integrityCheck());
        }
    }
}
