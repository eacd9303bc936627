package org.mpstudio.ui;

import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.mpstudio.store.ChapterRepository.Revision;
import org.mpstudio.ui.history.LineDiff;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Chapter > History on the sample: Ctrl+H lists revisions, the diff shows what was typed, restore and undo it. */
class HistoryDialogScreenTest extends ScreenTestSupport {

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    @SuppressWarnings("unchecked")
    void restoreAnOldRevisionAndUndoIt(FxRobot robot) throws Exception {
        waitFor(() -> workspace.contentProperty().get() != null);
        robot.interact(() -> workspace.selectedChapterProperty().set("introduction"));
        CodeArea area = robot.lookup("#markdown-editor").queryAs(CodeArea.class);
        waitFor(() -> area.getText().startsWith("# Introduction"));
        robot.clickOn(area);
        robot.interact(() -> area.appendText("\n\nZebra crossings are safe.\n"));
        robot.push(KeyCode.CONTROL, KeyCode.H);
        waitFor(() -> robot.lookup("#history-revisions").tryQuery().isPresent());
        ListView<Revision> revisions = robot.lookup("#history-revisions").queryAs(ListView.class);
        waitFor(() -> revisions.getItems().size() >= 2);
        assertTrue(revisions.getItems().get(0).body().contains("Zebra"), "the typed text was saved first");

        robot.interact(() -> revisions.getSelectionModel().select(revisions.getItems().size() - 1));
        ListView<LineDiff.Line> diff = robot.lookup("#history-diff").queryAs(ListView.class);
        waitFor(() -> diff.getItems().contains(new LineDiff.Line(LineDiff.Kind.ADDED, "Zebra crossings are safe.")));
        Button restore = robot.lookup("#history-restore").queryAs(Button.class);
        assertTrue(!restore.isDisabled());
        robot.clickOn(restore);
        waitFor(() -> !area.getText().contains("Zebra"));
        waitFor(() -> revisions.getItems().get(0).note().startsWith("restored revision "));

        robot.clickOn("#history-close");
        robot.clickOn(area);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitFor(() -> area.getText().contains("Zebra crossings are safe."));
    }
}
