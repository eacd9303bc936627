package org.mpstudio.ui;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.mpstudio.model.ChartSpec.ChartType;
import org.mpstudio.ui.insert.InsertChartDialog;
import org.mpstudio.ui.insert.InsertChartViewModel;
import org.mpstudio.ui.workspace.ProfileSession;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Insert > Chart on the sample: search an indicator, pick a type, see the chart drawn, insert it at the caret; the
 * chapter preview gains the figure and the editor's undo takes it out again. Escape cancels; a read-only profile
 * cannot insert.
 */
class InsertChartDialogTest extends ScreenTestSupport {

    @Test
    @SuppressWarnings("unchecked")
    void insertsALineChartOfTheContractWorkersAtTheCaretAndUndoTakesItOut(FxRobot robot) throws Exception {
        CodeArea area = caretAtEnd(robot, "introduction", "Introduction");
        String before = area.getText();
        int caret = area.getCaretPosition();

        InsertChartDialog[] dialog = new InsertChartDialog[1];
        robot.interact(() -> dialog[0] = window.showInsertChart());
        InsertChartViewModel model = dialog[0].model();
        assertTrue(robot.lookup("#insert-ok").queryButton().isDisabled(), "nothing chosen yet");
        robot.clickOn("#insert-search").write("under contract").type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("workers_deployed_contract", model.indicatorProperty().get().id());
        ComboBox<ChartType> type = robot.lookup("#insert-type").queryAs(ComboBox.class);
        robot.interact(() -> type.setValue(ChartType.LINE));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> dialog[0].previewImage() != null);
        assertTrue(dialog[0].previewImage().getWidth() > 300);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, dialog[0]::previewIsCurrent);

        String fence = model.fenceProperty().get();
        assertTrue(fence.startsWith("```chart\nid: workers-deployed-contract\ntype: line\n"
                + "indicator: workers_deployed_contract\nx: period\n"), fence);
        String title = model.titleProperty().get();
        assertTrue(title.startsWith("Workers deployed abroad under contract, "), title);
        String inserted = model.insertion(before, caret);
        robot.clickOn("#insert-ok");
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(dialog[0].stage().isShowing());
        assertEquals(before.substring(0, caret) + inserted + before.substring(caret), area.getText(),
                "the block goes in at the caret, on lines of its own");
        assertTrue(inserted.contains(fence));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> UiFixtures.previewShows(robot, ": " + title)
                && workspace.figureIdsProperty().get().contains("fig:workers-deployed-contract"));

        robot.interact(area::undo);
        assertEquals(before, area.getText(), "the insert is undoable");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBurstOfChoicesEndsWithThePreviewOfTheLastOne(FxRobot robot) throws Exception {
        caretAtEnd(robot, "introduction", "Introduction");
        InsertChartDialog[] dialog = new InsertChartDialog[1];
        robot.interact(() -> dialog[0] = window.showInsertChart());
        robot.interact(() -> dialog[0].model().select("workers_deployed_contract"));
        ComboBox<ChartType> type = robot.lookup("#insert-type").queryAs(ComboBox.class);
        robot.interact(() -> {
            for (ChartType t : ChartType.values()) {
                type.setValue(t);
            }
            type.setValue(ChartType.HBAR);
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, dialog[0]::previewIsCurrent);
        assertTrue(dialog[0].model().fenceProperty().get().contains("\ntype: hbar\n"));
        robot.interact(() -> dialog[0].model().filter("sex").set("F"));
        robot.interact(() -> dialog[0].model().xProperty().set("destination"));
        assertNull(dialog[0].previewImage(), "no figures, no chart");
        assertEquals("No figures for this choice. Choose other periods or breakdowns.",
                robot.lookup("#insert-issue").queryLabeled().getText());
        assertTrue(robot.lookup("#insert-ok").queryButton().isDisabled());
        robot.interact(() -> dialog[0].stage().close());
    }

    @Test
    void escapeCancelsWithoutChangingTheText(FxRobot robot) throws Exception {
        CodeArea area = caretAtEnd(robot, "introduction", "Introduction");
        String before = area.getText();
        InsertChartDialog[] dialog = new InsertChartDialog[1];
        robot.interact(() -> dialog[0] = window.showInsertChart());
        robot.interact(() -> dialog[0].model().select("remittances_inflow"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> dialog[0].previewImage() != null);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(dialog[0].stage().isShowing());
        assertEquals(before, area.getText());
    }

    @Test
    void aReadOnlyProfileCannotInsert(FxRobot robot) throws Exception {
        caretAtEnd(robot, "introduction", "Introduction");
        assertFalse(insertItem(robot, "menu-insert-chart").isDisable());
        assertFalse(insertItem(robot, "menu-insert-table").isDisable());
        robot.interact(() -> workspace.closeSession());
        try (ProfileSession other = ProfileSession.open(file)) {
            assertFalse(other.readOnly());
            robot.interact(() -> window.open(file));
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> workspace.readOnlyProperty().get()
                    && workspace.contentProperty().get() != null);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(insertItem(robot, "menu-insert-chart").isDisable());
            assertTrue(insertItem(robot, "menu-insert-table").isDisable());
            assertTrue(insertItem(robot, "menu-insert-value").isDisable());
            InsertChartDialog[] dialog = new InsertChartDialog[1];
            robot.interact(() -> dialog[0] = window.showInsertChart());
            assertNull(dialog[0]);
            robot.interact(() -> workspace.closeSession());
        }
    }

    private static MenuItem insertItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu insert = bar.getMenus().stream().filter(m -> "menu-insert".equals(m.getId())).findFirst().orElseThrow();
        MenuItem item = insert.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
        assertNotNull(item.getText());
        return item;
    }
}
