package org.mpstudio.ui;

import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The binder's and the editor's right-click menus, made on the first right-click, show on that first click. */
class ContextMenuScreenTest extends ScreenTestSupport {

    private static List<String> shownMenuItems() {
        return Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing())
                .flatMap(w -> ((ContextMenu) w).getItems().stream()).map(MenuItem::getText).toList();
    }

    /** What a right-click sends (Monocle's headless robot sends none of its own). */
    private static void rightClick(FxRobot robot, Node node) {
        robot.interact(() -> {
            Bounds b = node.localToScreen(node.getBoundsInLocal());
            double x = node.getBoundsInLocal().getWidth() / 2;
            double y = Math.min(40, node.getBoundsInLocal().getHeight() / 2);
            Event.fireEvent(node, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, x, y,
                    b.getMinX() + x, b.getMinY() + y, false, null));
        });
    }

    @Test
    void theBinderMenuShowsOnTheFirstRightClick(FxRobot robot) throws Exception {
        opened();
        rightClick(robot, robot.lookup("#binder").query());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shownMenuItems().contains("Rename…"));
        assertTrue(shownMenuItems().containsAll(List.of("Rename…", "Add chapter", "Delete…")), shownMenuItems()
                .toString());
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
    }

    @Test
    void theEditorMenuShowsOnTheFirstRightClick(FxRobot robot) throws Exception {
        openChapter(robot, "introduction", "Introduction and methodology");
        rightClick(robot, robot.lookup("#markdown-editor").query());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shownMenuItems().contains("Remove guidance here"));
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
    }
}
