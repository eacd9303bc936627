package org.mpstudio.ui;

import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpstudio.ui.insert.CrossReferenceDialog;
import org.mpstudio.ui.insert.CrossReferenceViewModel;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Insert > Cross-reference on the sample: Ctrl+Shift+R opens it, a search and the Tables kind narrow the list,
 * Enter puts {@code @tbl:ID} at the caret, the preview prints "Table N.M" there, and undo takes it out again.
 */
@Tag("gui")
class CrossReferenceDialogTest extends ScreenTestSupport {

    @Test
    void insertsAReferenceToATableAtTheCaret(FxRobot robot) throws Exception {
        CodeArea area = caretAtEnd(robot, "introduction", "Introduction");
        int caret = area.getCaretPosition();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> UiFixtures.previewShows(robot, "Introduction"));

        robot.press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.R).release(KeyCode.R, KeyCode.SHIFT, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#xref-dialog").tryQuery().isPresent());
        robot.clickOn("#xref-kind-tables");
        robot.clickOn("#xref-search").write("women deployed");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<CrossReferenceViewModel.Target> list = robot.lookup("#xref-targets").queryAs(ListView.class);
        // the dialog numbers the profile in the background, then lists what matches
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> list.getItems().size() == 1);
        CrossReferenceViewModel.Target table = list.getItems().get(0);
        assertEquals(CrossReferenceViewModel.Kind.TABLE, table.kind());
        assertTrue(table.label().matches("Table \\d+\\.\\d+"), table.label());
        assertEquals(table, list.getSelectionModel().getSelectedItem(), "the only match is chosen");

        assertFalse(UiFixtures.previewShows(robot, table.label()), "not in the introduction before");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#xref-dialog").tryQuery().isPresent(), "the dialog closed");
        String reference = "@" + table.id();
        assertEquals("@tbl:deployed-women", reference);
        assertEquals(caret, area.getText().indexOf(reference), "inserted at the caret: " + area.getText());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> UiFixtures.previewShows(robot, table.label()));

        robot.interact(area::undo);
        assertFalse(area.getText().contains(reference), "the insert is undoable");
    }

    @Test
    void escapeCancelsAndDoubleClickInserts(FxRobot robot) throws Exception {
        CodeArea area = caretAtEnd(robot, "introduction", "Introduction");
        String before = area.getText();
        robot.interact(window::showCrossReference);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#xref-dialog").tryQuery().isPresent());
        assertEquals(before, area.getText());

        CrossReferenceDialog[] shown = {null};
        robot.interact(() -> shown[0] = window.showCrossReference());
        robot.interact(() -> shown[0].model().searchProperty().set("labour-migration"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !shown[0].model().targets().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        robot.doubleClickOn(".list-cell");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(area.getText().contains("@sec:labour-migration"), area.getText());
    }

    @Test
    void isDisabledInAReadOnlySession(FxRobot robot) throws Exception {
        opened();
        MenuItem item = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .filter(m -> "menu-insert".equals(m.getId())).findFirst().orElseThrow().getItems().stream()
                .filter(i -> "menu-insert-crossReference".equals(i.getId())).findFirst().orElseThrow();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !item.isDisable());
        assertEquals(KeyCombination.keyCombination("Shortcut+Shift+R"), item.getAccelerator());

        // the same file opened again while this window holds it: the new session is read-only
        robot.interact(() -> window.open(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> workspace.readOnlyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(item.isDisable());
        CrossReferenceDialog[] dialog = {null};
        robot.interact(() -> dialog[0] = window.showCrossReference());
        assertNull(dialog[0], "no dialog in a read-only session");
    }
}
