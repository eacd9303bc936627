package org.mpstudio.ui.data;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpstudio.model.Observation;
import org.mpstudio.model.Source;
import org.mpstudio.store.ObservationRepository;
import org.mpstudio.store.ObservationRepository.HistoryEntry;
import org.mpstudio.store.ProfileRepository;
import org.mpstudio.store.ProfileStore;
import org.mpstudio.task.SameThreadTaskRunner;
import org.mpstudio.ui.UiFixtures;
import org.mpstudio.ui.common.UiText;
import org.mpstudio.ui.workspace.ProfileSession;
import org.mpstudio.ui.workspace.WorkspaceModel;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Editing a figure with its source writes one transaction that keeps the old value and source in history; undo and
 * redo write again (keeping history too); a new connection to the file sees the result.
 */
class DataBrowserEditTest {

    private static final String CONTRACT = "workers_deployed_contract";

    @TempDir
    Path dir;
    private Path file;
    private WorkspaceModel workspace;
    private DataBrowserViewModel model;
    private Observation total2023;

    @BeforeEach
    void open() throws Exception {
        file = UiFixtures.sample(dir);
        workspace = new WorkspaceModel(new SameThreadTaskRunner(), new UiText("en"));
        workspace.show(ProfileSession.open(file));
        model = new DataBrowserViewModel(workspace);
        model.select(CONTRACT);
        total2023 = model.rows().get(0);
        model.rowProperty().set(total2023);
    }

    @AfterEach
    void close() {
        model.dispose();
        workspace.closeSession();
    }

    /** The figure with {@code key} as a fresh connection to the file reads it. */
    private Optional<Observation> stored(String key) throws Exception {
        try (ProfileStore store = ProfileStore.open(file)) {
            return new ProfileRepository(store).load().observations().stream().filter(o -> o.key().equals(key))
                    .findFirst();
        }
    }

    private List<HistoryEntry> storedHistory() throws Exception {
        try (ProfileStore store = ProfileStore.open(file)) {
            return new ObservationRepository(store).history(CONTRACT).stream()
                    .filter(e -> e.previous().key().equals(total2023.key())).toList();
        }
    }

    private Observation inMemory(String key) {
        return workspace.contentProperty().get().observations().stream().filter(o -> o.key().equals(key))
                .findFirst().orElse(null);
    }

    private Source source(String id) {
        return workspace.contentProperty().get().sources().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow();
    }

    @Test
    void editWritesValueAndSourceKeepsHistoryAndUndoRedoWriteAgain() throws Exception {
        assertEquals(159986, total2023.value());
        assertEquals("nhandan-2024-workers", total2023.sourceId());
        ObservationForm form = model.editForm().orElseThrow();
        form.valueProperty().set("161,000");
        form.sourceProperty().set(source("nhandan-2023-workers"));
        assertTrue(model.save(form));
        assertTrue(form.savedProperty().get());

        Observation edited = stored(total2023.key()).orElseThrow();
        assertEquals(161000, edited.value());
        assertEquals("nhandan-2023-workers", edited.sourceId());
        assertEquals(edited, inMemory(total2023.key()), "the workspace content follows");
        assertEquals(edited, model.rows().get(0), "the table follows");
        assertEquals(edited, model.rowProperty().get(), "and keeps it selected");
        List<HistoryEntry> history = storedHistory();
        assertEquals(1, history.size());
        assertEquals(159986, history.get(0).previous().value());
        assertEquals("nhandan-2024-workers", history.get(0).previous().sourceId());
        assertEquals(ObservationEditCommand.ORIGIN, history.get(0).replacedBy());
        assertEquals(history, model.history(), "the browser shows the earlier value");
        assertEquals(history.get(0).replacedAt().substring(0, 4) + "-", ObservationTexts.time(history.get(0)
                .replacedAt()).substring(0, 5));
        String shown = model.texts().history(model.indicatorProperty().get(), history.get(0));
        assertTrue(shown.endsWith(": was 159,986 · reported\nMOLISA – Department of Overseas Labour (DOLAB) (2024)"
                + " · changed in the data browser"), shown);
        assertEquals("Change figure", workspace.undo().undoDescriptionProperty().get());

        workspace.undo().undo();
        assertEquals(total2023, stored(total2023.key()).orElseThrow(), "undo writes the old value and source back");
        assertEquals(total2023, inMemory(total2023.key()));
        history = storedHistory();
        assertEquals(2, history.size(), "undo keeps the edited value in history too");
        assertEquals(161000, history.get(1).previous().value());
        assertEquals(ObservationEditCommand.ORIGIN_UNDO, history.get(1).replacedBy());
        assertEquals(161000, model.history().get(0).previous().value(), "newest first");

        workspace.undo().redo();
        assertEquals(edited, stored(total2023.key()).orElseThrow(), "redo writes the new value again");
        assertEquals(edited, inMemory(total2023.key()));
        assertEquals(3, storedHistory().size());

        workspace.closeSession();
        assertEquals(edited, stored(total2023.key()).orElseThrow(), "the file keeps it after closing");
    }

    @Test
    void addingAFigureIsUndoneByRemovingIt() throws Exception {
        int before = workspace.contentProperty().get().observations().size();
        ObservationForm form = model.addForm().orElseThrow();
        form.periodProperty().set("2024-Q1");
        form.dimension("destination").set("JPN");
        form.valueProperty().set("21500");
        form.sourceProperty().set(source("nhandan-2024-workers"));
        form.statusProperty().set("provisional");
        assertTrue(model.save(form));
        Observation added = model.rowProperty().get();
        assertEquals("2024-Q1", added.period().toString());
        assertEquals("JPN", added.dimensions().get("destination"));
        assertEquals(added, stored(added.key()).orElseThrow());
        assertEquals(before + 1, workspace.contentProperty().get().observations().size());
        assertEquals(added, model.rows().get(0), "the newest period comes first");

        workspace.undo().undo();
        assertTrue(stored(added.key()).isEmpty(), "undo removes it from the file");
        assertEquals(before, workspace.contentProperty().get().observations().size());
        assertFalse(model.rows().contains(added));
        try (ProfileStore store = ProfileStore.open(file)) {
            assertTrue(new ObservationRepository(store).history(CONTRACT).stream()
                    .anyMatch(e -> e.previous().equals(added)), "the removed figure stays in history");
        }

        workspace.undo().redo();
        assertEquals(added, stored(added.key()).orElseThrow());
    }

    @Test
    void savingAnUnchangedFigureWritesNothing() throws Exception {
        ObservationForm form = model.editForm().orElseThrow();
        assertFalse(model.save(form));
        assertTrue(form.savedProperty().get(), "the form closes all the same");
        assertFalse(workspace.undo().canUndoProperty().get());
        assertEquals(List.of(), storedHistory());
    }

    @Test
    void aWrongFormWritesNothing() throws Exception {
        ObservationForm form = model.editForm().orElseThrow();
        form.valueProperty().set("abc");
        assertFalse(model.save(form));
        assertFalse(form.valueErrorProperty().get().isEmpty());
        assertEquals(total2023, stored(total2023.key()).orElseThrow());
        assertFalse(workspace.undo().canUndoProperty().get());
    }
}
