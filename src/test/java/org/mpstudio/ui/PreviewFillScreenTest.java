package org.mpstudio.ui;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A long chapter's preview page fills over a few frames instead of in one: the first frame holds its beginning, the
 * page ends whole, in order, and a caret moved to the end meanwhile scrolls the page there once the end is on it.
 */
@Tag("gui")
class PreviewFillScreenTest extends ScreenTestSupport {

    private static final int PARAGRAPHS = 300;

    @Override
    protected Path profile(Path folder) throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= PARAGRAPHS; i++) {
            body.append("Paragraph ").append(i).append(" of the long chapter, long enough to wrap on the page: ")
                    .append("migration data from many agencies, each with its own source and year.\n\n");
        }
        body.append("## The last section\n\nThe very last words.");
        return UiFixtures.small(folder, "Short.", body.toString());
    }

    @Test
    void aLongPageFillsOverSeveralFramesAndEndsWhole(FxRobot robot) throws Exception {
        CodeArea area = openChapter(robot, "ch1", "Chapter 1");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> UiFixtures.previewShows(robot, "Short."));
        VBox page = robot.lookup("#preview-page").queryAs(VBox.class);
        ScrollPane scroll = (ScrollPane) robot.lookup(".pv-scroll").query();
        List<Integer> sizes = new ArrayList<>();
        ListChangeListener<Node> watch = c -> {
            boolean firstOfNewPage = sizes.isEmpty();
            sizes.add(page.getChildren().size());
            if (firstOfNewPage) {
                // the drafter jumps to the end before the page is whole
                area.moveTo(area.getLength());
            }
        };
        robot.interact(() -> page.getChildren().addListener(watch));
        robot.interact(() -> workspace.selectedChapterProperty().set("ch2"));
        int blocks = PARAGRAPHS + 3; // title, paragraphs, section heading, last paragraph
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !sizes.isEmpty() && sizes.get(sizes.size() - 1) == blocks);
        robot.interact(() -> page.getChildren().removeListener(watch));

        assertTrue(sizes.get(0) > 1 && sizes.get(0) < blocks / 2, "the first frame holds the beginning: " + sizes);
        assertTrue(sizes.size() >= 3, "filled over several frames: " + sizes);
        for (int i = 1; i < sizes.size(); i++) {
            assertTrue(sizes.get(i) > sizes.get(i - 1), "only ever added to: " + sizes);
        }
        assertTrue(UiFixtures.previewShows(robot, "The very last words."));
        String text = WaitForAsyncUtils.asyncFx(() -> {
            StringBuilder sb = new StringBuilder();
            for (Node n : page.getChildren()) {
                if (n instanceof javafx.scene.text.TextFlow f) {
                    f.getChildren().forEach(t -> sb.append(((javafx.scene.text.Text) t).getText()));
                    sb.append('|');
                }
            }
            return sb.toString();
        }).get(10, TimeUnit.SECONDS);
        int first = text.indexOf("Paragraph 1 of");
        int middle = text.indexOf("Paragraph 150 of");
        int last = text.indexOf("The very last words.");
        assertTrue(first >= 0 && first < middle && middle < last, "in order");
        assertEquals(PARAGRAPHS, text.split("Paragraph \\d+ of").length - 1, "each paragraph once");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> scroll.getVvalue() > 0.95);
    }
}
