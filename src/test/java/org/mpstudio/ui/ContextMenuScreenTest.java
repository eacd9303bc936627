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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The binder's and the editor's right-click menus, made on the first right-click, show on that first click, and the
 * editor's follows the UI language's font while the preview keeps its own.
 */
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

    /** The font family of the label showing {@code text} in a showing right-click menu, or null. */
    private static String menuLabelFamily(String text) {
        return Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing())
                .flatMap(w -> w.getScene().getRoot().lookupAll(".label").stream())
                .filter(n -> n instanceof javafx.scene.control.Label l && text.equals(l.getText()))
                .map(n -> ((javafx.scene.control.Label) n).getFont().getFamily()).findFirst().orElse(null);
    }

    @Test
    void afterASwitchToLaoTheEditorMenuIsInTheLaoFontAndThePreviewKeepsItsOwn(FxRobot robot) throws Exception {
        openChapter(robot, "a1-immigration", "Immigration");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup(".pv-cell").queryAll().isEmpty());
        // made in English first, then the UI switches
        rightClick(robot, robot.lookup("#markdown-editor").query());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> menuLabelFamily("Remove guidance here") != null);
        assertEquals("Noto Sans", menuLabelFamily("Remove guidance here"), "the UI font, not the editor's");
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
        robot.interact(() -> window.setLanguage("lo"));
        rightClick(robot, robot.lookup("#markdown-editor").query());
        String lao = "ລຶບຄຳແນະນຳຢູ່ບ່ອນນີ້";
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> menuLabelFamily(lao) != null);
        assertEquals(org.mpstudio.ui.common.LaoText.FAMILY, menuLabelFamily(lao));
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);

        // the preview shows the profile's text: its table cells keep the preview's font in a Lao UI
        WaitForAsyncUtils.waitForFxEvents();
        List<String> families = robot.lookup(".pv-cell").queryAll().stream()
                .map(n -> ((javafx.scene.control.Label) n).getFont().getFamily()).distinct().toList();
        assertEquals(List.of("Noto Sans"), families);
    }

    @Test
    void theEditorMenuShowsOnTheFirstRightClick(FxRobot robot) throws Exception {
        openChapter(robot, "introduction", "Introduction and methodology");
        rightClick(robot, robot.lookup("#markdown-editor").query());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shownMenuItems().contains("Remove guidance here"));
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
    }
}
