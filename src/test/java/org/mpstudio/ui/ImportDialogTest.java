package org.mpstudio.ui;

import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.mpstudio.model.Problem;
import org.mpstudio.store.ProfileRepository;
import org.mpstudio.store.ProfileStore;
import org.mpstudio.ui.data.ImportDialog;
import org.mpstudio.ui.data.ImportViewModel;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** File > Import data: a bad row is listed with its row and column and blocks the import; a good file imports. */
class ImportDialogTest extends ScreenTestSupport {

    private int storedCount() throws Exception {
        try (ProfileStore store = ProfileStore.open(file)) {
            return new ProfileRepository(store).load().observations().size();
        }
    }

    private void waitUntil(ImportViewModel model, ImportViewModel.State state) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.stateProperty().get() == state);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    @SuppressWarnings("unchecked")
    void badRowBlocksTheImportAndAGoodFileImports(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> workspace.contentProperty().get() != null);
        int before = storedCount();
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, """
                indicator,period,value,source,destination
                workers_deployed_contract,2031,1200,vietnamplus-2018-workers,JPN
                workers_deployed_contract,2031,abc,vietnamplus-2018-workers,KOR
                """);
        ImportDialog[] dialog = new ImportDialog[1];
        robot.interact(() -> dialog[0] = window.showImport());
        ImportViewModel model = dialog[0].model();
        robot.interact(() -> model.fileProperty().set(bad));
        waitUntil(model, ImportViewModel.State.READ);

        TableView<Problem> problems = robot.lookup("#import-problems").queryAs(TableView.class);
        Problem p = problems.getItems().stream().filter(x -> x.code().equals("import.value.notNumber")).findFirst().orElseThrow();
        assertEquals(3, p.line(), "row of the bad value (header is row 1)");
        assertEquals(3, p.column(), "column of the value");
        assertEquals("import.value.notNumber", p.code());
        assertEquals("3", problems.getColumns().get(1).getCellData(p));
        assertEquals("3", problems.getColumns().get(2).getCellData(p));
        assertFalse(String.valueOf(problems.getColumns().get(3).getCellData(p)).startsWith("import."),
                "the message is a sentence, not a key");
        assertTrue(robot.lookup("#import-run").queryButton().isDisabled());
        assertEquals(before, storedCount(), "nothing imported");

        Path good = dir.resolve("good.csv");
        Files.writeString(good, """
                indicator,period,value,source,destination
                workers_deployed_contract,2031,1200,vietnamplus-2018-workers,JPN
                workers_deployed_contract,2031,"1,300",vietnamplus-2018-workers,KOR
                """);
        robot.interact(() -> model.fileProperty().set(good));
        waitUntil(model, ImportViewModel.State.READ);
        assertEquals(2, model.preview().size());
        assertFalse(robot.lookup("#import-run").queryButton().isDisabled());
        robot.clickOn("#import-run");
        waitUntil(model, ImportViewModel.State.IMPORTED);
        assertEquals(2, model.summaryProperty().get().inserted());
        assertEquals(before + 2, storedCount());
        assertEquals(before + 2, workspace.contentProperty().get().observations().size());
        robot.interact(() -> dialog[0].stage().close());
    }
}
