package org.mpstudio.ui;

import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Edit > Remove guidance (Ctrl+Shift+G): the block at the caret goes in one undoable edit, and the chapter saves. */
class GuidanceScreenTest extends ScreenTestSupport {

    private static final String BLOCK = "```guidance\nName the survey and its year.\n```\n\n";

    @Test
    void removesTheGuidanceAtTheCaretAndUndoBringsItBack(FxRobot robot) throws Exception {
        CodeArea area = openChapter(robot, "introduction", "Introduction");
        int at = area.getText().indexOf("\n\n") + 2;
        robot.interact(() -> {
            area.insertText(at, BLOCK);
            area.moveTo(at + 15);
            area.requestFocus();
        });
        String withGuidance = area.getText();
        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.G);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(area.getText().contains("Name the survey"), "the block is gone");
        assertEquals(withGuidance.replace(BLOCK, ""), area.getText(), "nothing else changed");

        robot.interact(area::undo);
        assertEquals(withGuidance, area.getText(), "one undo brings the block back");

        robot.interact(() -> window.removeGuidance(true));
        assertFalse(area.getText().contains("```guidance"));
        robot.interact(() -> window.save());
        assertFalse(workspace.sessionProperty().get().use(s -> new org.mpstudio.store.ProfileRepository(s).load())
                .text("introduction", "en").orElseThrow().body().contains("guidance"), "saved without guidance");

        robot.interact(() -> area.moveTo(area.getLength()));
        robot.interact(() -> window.removeGuidance(false));
        assertTrue(workspace.statusProperty().get().contains("No guidance"), workspace.statusProperty().get());
    }
}
