package org.mpstudio.ui;

import javafx.scene.control.ListView;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpstudio.store.ExportManifestRepository;
import org.mpstudio.store.ProfileStore;
import org.mpstudio.ui.export.ExportDialog;
import org.mpstudio.ui.export.ExportViewModel;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** File > Export on the sample: DOCX only into a chosen folder; the file exists and the manifest is recorded. */
@Tag("gui")
class ExportDialogTest extends ScreenTestSupport {

    /** Opens File > Export, exports the DOCX into a new folder and waits until it is done. */
    private ExportDialog exportDocx(FxRobot robot) throws Exception {
        opened();
        ExportDialog[] dialog = new ExportDialog[1];
        robot.interact(() -> dialog[0] = window.showExport());
        ExportViewModel model = dialog[0].model();
        Path out = Files.createTempDirectory(dir, "drafts");
        robot.interact(() -> {
            model.docxProperty().set(true);
            model.pdfProperty().set(false);
            model.outDirProperty().set(out);
        });
        assertEquals("en", model.langProperty().get());
        assertFalse(robot.lookup("#export-run").queryButton().isDisabled());
        robot.clickOn("#export-run");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> model.stateProperty().get() != ExportViewModel.State.READY
                && model.stateProperty().get() != ExportViewModel.State.RUNNING);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ExportViewModel.State.DONE, model.stateProperty().get(), model.errorProperty().get());
        return dialog[0];
    }

    @Test
    void exportsADocxAndRecordsTheManifest(FxRobot robot) throws Exception {
        ExportDialog dialog = exportDocx(robot);
        ExportViewModel model = dialog.model();
        Path out = model.outDirProperty().get();
        assertEquals(1, model.files().size());
        Path docx = model.files().get(0);
        assertTrue(Files.isRegularFile(docx) && docx.startsWith(out) && docx.toString().endsWith(".docx"), docx.toString());
        assertFalse(model.progress().isEmpty(), "progress lines are shown");
        assertTrue(model.failedSteps().isEmpty());
        assertTrue(model.manifestRecordedProperty().get());
        assertTrue(robot.lookup("#export-open-folder").queryButton().isVisible());
        try (ProfileStore store = ProfileStore.open(file)) {
            var manifest = new ExportManifestRepository(store).find(model.exportIdProperty().get()).orElseThrow();
            assertEquals(docx.getFileName().toString(), manifest.file());
            assertFalse(manifest.entries().isEmpty());
        }
        robot.interact(() -> dialog.stage().close());
    }

    @Test
    @SuppressWarnings("unchecked")
    void showsTheProgressInTheUiLanguage(FxRobot robot) throws Exception {
        robot.interact(() -> window.setLanguage("vi"));
        ExportDialog dialog = exportDocx(robot);
        ListView<String> lines = robot.lookup("#export-lines").queryAs(ListView.class);
        int chapters = workspace.contentProperty().get().chapters().size();
        assertEquals("đang xử lý " + chapters + " chương", lines.getItems().get(0));
        assertTrue(lines.getItems().get(1).startsWith("đang ghi viet-nam-migration-profile-en.docx ("),
                lines.getItems().toString());
        assertTrue(lines.getItems().get(lines.getItems().size() - 1).startsWith("đang lưu "),
                lines.getItems().toString());
        robot.interact(() -> window.setLanguage("lo"));
        assertEquals("ກຳລັງກະກຽມ " + chapters + " ບົດ", lines.getItems().get(0));
        robot.interact(() -> dialog.stage().close());
    }
}
