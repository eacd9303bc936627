package org.mpstudio.ui;

import javafx.scene.layout.Region;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A profile opened while the window is on screen is laid out over two frames: the binder with the new chapters
 * first, then the first chapter in the editor, which ends selected and shown.
 */
@Tag("gui")
class OpenProfileScreenTest extends ScreenTestSupport {

    @Test
    void theBinderComesAFrameBeforeTheFirstChapter(FxRobot robot) throws Exception {
        opened();
        Path other = UiFixtures.small(Files.createTempDirectory(dir, "other"), "The other profile's first words.",
                "Second chapter.");
        List<String> events = new ArrayList<>();
        Runnable pulse = () -> events.add("layout");
        robot.interact(() -> {
            window.root().getScene().addPostLayoutPulseListener(pulse);
            workspace.contentProperty().addListener((o, a, b) -> events.add("content"));
            workspace.selectedChapterProperty().addListener((o, a, b) -> events.add("selected " + b));
            window.open(other);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> events.contains("selected ch1"));
        robot.interact(() -> window.root().getScene().removePostLayoutPulseListener(pulse));
        int content = events.indexOf("content");
        int selected = events.indexOf("selected ch1");
        assertTrue(content >= 0 && events.subList(content, selected).contains("layout"),
                "a layout pass between the new content and the selection: " + events);
        assertEquals("ch1", workspace.selectedChapterProperty().get());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> UiFixtures.previewShows(robot, "The other profile's first words."));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> window.editorView().area().getText().contains("The other profile's first words."));
    }

    @Test
    void theBinderAndTheEditorGrowToTheirFullHeightOverAFewFrames(FxRobot robot) throws Exception {
        opened();
        Region binder = window.binderView().node();
        Region editor = window.editorView().node();
        // the sample itself may still be growing into the window (opened while it showed)
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> binder.getMaxHeight()
                == Region.USE_COMPUTED_SIZE && editor.getMaxHeight() == Region.USE_COMPUTED_SIZE).get());
        robot.interact(editor::requestLayout);
        WaitForAsyncUtils.waitForFxEvents();
        double binderHeight = WaitForAsyncUtils.asyncFx(binder::getHeight).get();
        double editorHeight = WaitForAsyncUtils.asyncFx(editor::getHeight).get();
        assertTrue(binderHeight > 300 && editorHeight > 300, binderHeight + " " + editorHeight);
        Path other = UiFixtures.small(Files.createTempDirectory(dir, "other"), "Words.", "More words.");
        List<Double> binderSeen = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Double> editorSeen = new java.util.concurrent.CopyOnWriteArrayList<>();
        Runnable pulse = () -> {
            binderSeen.add(binder.getHeight());
            editorSeen.add(editor.getHeight());
        };
        robot.interact(() -> {
            window.root().getScene().addPostLayoutPulseListener(pulse);
            window.open(other);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> window.editorView().area().getText().contains("Words."));
        for (int i = 0; i < 6; i++) {
            robot.interact(editor::requestLayout);
        }
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.root().getScene().removePostLayoutPulseListener(pulse));
        assertTrue(binderSeen.stream().anyMatch(h -> h < binderHeight / 2), "the binder grew: " + binderSeen);
        assertTrue(editorSeen.stream().anyMatch(h -> h < editorHeight / 2), "the editor grew: " + editorSeen);
        assertEquals(binderHeight, binder.getHeight(), 0.5, "the binder ends at its full height");
        assertEquals(editorHeight, editor.getHeight(), 0.5, "the editor ends at its full height");
        assertEquals(Region.USE_COMPUTED_SIZE, binder.getMaxHeight());
        assertEquals(Region.USE_COMPUTED_SIZE, editor.getMaxHeight());
    }
}
