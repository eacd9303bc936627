package org.mpstudio.ui.data;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpstudio.model.Observation;
import org.mpstudio.store.ObservationRepository;
import org.mpstudio.store.ProfileRepository;
import org.mpstudio.store.ProfileStore;
import org.mpstudio.task.SameThreadTaskRunner;
import org.mpstudio.ui.UiFixtures;
import org.mpstudio.ui.common.UiText;
import org.mpstudio.ui.workspace.ProfileSession;
import org.mpstudio.ui.workspace.WorkspaceModel;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An import is one undoable step: undo takes added figures out and replaced ones back; redo imports again. */
class ImportUndoTest {

    @TempDir
    Path dir;
    private Path file;
    private WorkspaceModel workspace;

    @BeforeEach
    void open() throws Exception {
        file = UiFixtures.small(dir, "One.");
        workspace = new WorkspaceModel(new SameThreadTaskRunner(), new UiText("en"));
        workspace.show(ProfileSession.open(file));
    }

    @AfterEach
    void close() {
        workspace.closeSession();
    }

    /** Imports a file that changes the 2023 total (159,986 to 160,000), adds 2024 and repeats 2019 unchanged. */
    private ImportViewModel importFile() throws Exception {
        Path csv = dir.resolve("dolab-2025.csv");
        Files.writeString(csv, """
                indicator,period,value,source,status,destination
                workers_deployed_contract,2019,147387,dolab,reported,
                workers_deployed_contract,2023,160000,dolab,revised,
                workers_deployed_contract,2024,140000,dolab,provisional,
                """, StandardCharsets.UTF_8);
        ImportViewModel model = new ImportViewModel(workspace);
        model.fileProperty().set(csv);
        model.read();
        assertTrue(model.canImportProperty().get(), "the file reads without errors: " + model.problems());
        model.importNow();
        assertEquals(ImportViewModel.State.IMPORTED, model.stateProperty().get());
        assertEquals(new ObservationRepository.ApplySummary(1, 1, 1), model.summaryProperty().get());
        return model;
    }

    private Map<String, Double> totals() throws Exception {
        try (ProfileStore store = ProfileStore.open(file)) {
            return new ProfileRepository(store).load().observations().stream()
                    .filter(o -> o.indicatorId().equals("workers_deployed_contract") && o.dimensions().isTotal())
                    .collect(Collectors.toMap(o -> o.period().toString(), Observation::value));
        }
    }

    private Optional<Observation> inContent(String period) {
        return workspace.contentProperty().get().observations().stream()
                .filter(o -> o.indicatorId().equals("workers_deployed_contract") && o.dimensions().isTotal()
                        && o.period().toString().equals(period)).findFirst();
    }

    @Test
    void undoTakesTheImportBackAndRedoDoesItAgain() throws Exception {
        importFile();
        assertEquals(Map.of("2019", 147387.0, "2022", 142779.0, "2023", 160000.0, "2024", 140000.0), totals());
        assertEquals("Import dolab-2025.csv", workspace.undo().undoDescriptionProperty().get());

        workspace.undo().undo();
        assertEquals(Map.of("2019", 147387.0, "2022", 142779.0, "2023", 159986.0), totals(),
                "the added year is gone and the replaced value is back");
        assertEquals("reported", inContent("2023").orElseThrow().status(), "the content in memory follows");
        assertTrue(inContent("2024").isEmpty());
        List<ObservationRepository.HistoryEntry> history = workspace.sessionProperty().get()
                .use(s -> new ObservationRepository(s).history("workers_deployed_contract"));
        assertTrue(history.stream().anyMatch(h -> h.previous().value() == 160000 && h.replacedBy().equals("import-undo")),
                "the undone value stays in the history");
        assertTrue(history.stream().anyMatch(h -> h.previous().value() == 140000), "so does the removed one");

        workspace.undo().redo();
        assertEquals(Map.of("2019", 147387.0, "2022", 142779.0, "2023", 160000.0, "2024", 140000.0), totals());
        assertEquals(160000, inContent("2023").orElseThrow().value());
    }

    @Test
    void undoingAnImportThatChangedNothingChangesNothing() throws Exception {
        importFile();
        ImportViewModel again = importFile2();
        assertEquals(new ObservationRepository.ApplySummary(0, 0, 3), again.summaryProperty().get());
        workspace.undo().undo();
        assertEquals(160000.0, totals().get("2023"), "only the second, empty import was undone");
    }

    private ImportViewModel importFile2() throws Exception {
        ImportViewModel model = new ImportViewModel(workspace);
        model.fileProperty().set(dir.resolve("dolab-2025.csv"));
        model.read();
        model.importNow();
        return model;
    }
}
