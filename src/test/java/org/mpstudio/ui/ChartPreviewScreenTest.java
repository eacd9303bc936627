package org.mpstudio.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Charts in the live preview are drawn as images (in the background), with their caption above. */
class ChartPreviewScreenTest extends ScreenTestSupport {

    @Test
    void chartsOfAChapterShowAsImages(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> workspace.contentProperty().get() != null);
        robot.interact(() -> workspace.selectedChapterProperty().set("a2-emigration"));
        Image image = waitForDrawnChart(robot).getImage();
        assertTrue(image.getWidth() > 100, "width " + image.getWidth());
        assertTrue(image.getHeight() > 50, "height " + image.getHeight());
        StringBuilder text = new StringBuilder();
        robot.lookup("#preview-page").queryAll().forEach(n -> collect(n, text));
        assertTrue(text.toString().contains("Workers deployed abroad under contract, 2015–2023"), text.toString());
        assertTrue(text.toString().matches("(?s).*Figure [0-9.]+: Workers deployed abroad.*"), "caption");
    }

    @Test
    void aNarrowerPageRedrawsTheChartsAndKeepsEveryOtherBlock(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> workspace.contentProperty().get() != null);
        robot.interact(() -> workspace.selectedChapterProperty().set("a2-emigration"));
        double imageWidth = waitForDrawnChart(robot).getImage().getWidth();
        Parent page = robot.lookup("#preview-page").queryAs(Parent.class);
        List<Node> before = new ArrayList<>(page.getChildrenUnmodifiable());
        javafx.stage.Window stage = page.getScene().getWindow();
        robot.interact(() -> stage.setWidth(stage.getWidth() - 240));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            ImageView chart = drawnChart(robot); // once: the page may change between two looks
            return chart != null && chart.getImage().getWidth() < imageWidth - 20;
        });
        List<Node> after = new ArrayList<>(page.getChildrenUnmodifiable());
        assertTrue(after.size() == before.size(), "the same blocks");
        int charts = 0;
        for (int i = 0; i < after.size(); i++) {
            if (after.get(i).lookup(".pv-chart") != null) {
                charts++;
                assertTrue(after.get(i) != before.get(i), "chart " + i + " is drawn again at the new width");
            } else {
                assertTrue(after.get(i) == before.get(i), "block " + i + " is kept: it wraps by itself");
            }
        }
        assertTrue(charts > 0 && charts < after.size(), charts + " charts of " + after.size() + " blocks");
    }

    /** Waits for {@link #drawnChart} and returns what it found (one look: the page may change between two). */
    private static ImageView waitForDrawnChart(FxRobot robot) throws Exception {
        ImageView[] found = new ImageView[1];
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> (found[0] = drawnChart(robot)) != null);
        return found[0];
    }

    /** An image view of the preview whose image is wider than 100 px and not all white, or null. */
    private static ImageView drawnChart(FxRobot robot) {
        List<ImageView> views = new ArrayList<>();
        robot.lookup("#preview-page").queryAll().forEach(n -> images(n, views));
        return views.stream().filter(v -> v.getImage() != null && v.getImage().getWidth() > 100
                && !allWhite(v.getImage())).findFirst().orElse(null);
    }

    private static boolean allWhite(Image image) {
        PixelReader r = image.getPixelReader();
        for (int y = 0; y < (int) image.getHeight(); y += 2) {
            for (int x = 0; x < (int) image.getWidth(); x += 2) {
                if ((r.getArgb(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void images(Node n, List<ImageView> out) {
        if (n instanceof ImageView v) {
            out.add(v);
        } else if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> images(c, out));
        }
    }

    private static void collect(Node n, StringBuilder out) {
        if (n instanceof Text t) {
            out.append(t.getText());
        } else if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }
}
