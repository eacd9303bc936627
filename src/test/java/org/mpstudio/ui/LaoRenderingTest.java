package org.mpstudio.ui;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mpstudio.ui.agent.LaoShapingAgent;
import org.mpstudio.ui.common.LaoText;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lao is shaped (DESIGN section 5), proved by pixels: with shaping, the tone mark of "ນ້ຳ" sits above the ring of
 * SARA AM, so its ink starts several pixels higher than that of "ນ້", whose tone mark has nothing under it. Without
 * shaping both marks are drawn at the same height, on top of each other.
 */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class LaoRenderingTest {

    private Label stacked;
    private Label single;

    @Start
    void start(Stage stage) {
        LaoText.loadFonts();
        stacked = label("ນ້ຳ");
        single = label("ນ້");
        stage.setScene(new Scene(new VBox(20, stacked, single, label("ຜູ້ເຄື່ອນຍ້າຍ")), 400, 400, Color.WHITE));
        stage.show();
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setFont(Font.font(LaoText.FAMILY, 64));
        l.setTextFill(Color.BLACK);
        return l;
    }

    @Test
    void toneMarkIsStackedAboveTheVowelMark(FxRobot robot) throws Exception {
        assertTrue(Font.getFamilies().contains(LaoText.FAMILY), "Noto Sans Lao is loaded");
        assertTrue(LaoShapingAgent.isPatched(), "the agent patched JavaFX's ScriptMapper");
        AtomicReference<WritableImage> a = new AtomicReference<>();
        AtomicReference<WritableImage> b = new AtomicReference<>();
        AtomicReference<WritableImage> all = new AtomicReference<>();
        robot.interact(() -> {
            a.set(stacked.snapshot(null, null));
            b.set(single.snapshot(null, null));
            all.set(stacked.getScene().getRoot().snapshot(null, null));
        });
        save(all.get(), "/tmp/mpstudio-lao-shaping.png");
        int topStacked = topInkRow(a.get());
        int topSingle = topInkRow(b.get());
        assertTrue(topStacked >= 0 && topSingle >= 0, "both words drew ink");
        assertTrue(topSingle - topStacked >= 4, "tone mark raised above SARA AM: top ink row " + topStacked
                + " vs " + topSingle + " (see /tmp/mpstudio-lao-shaping.png)");
    }

    /** The first row with a dark pixel. */
    private static int topInkRow(WritableImage img) {
        PixelReader r = img.getPixelReader();
        for (int y = 0; y < (int) img.getHeight(); y++) {
            for (int x = 0; x < (int) img.getWidth(); x++) {
                if (r.getColor(x, y).getBrightness() < 0.5) {
                    return y;
                }
            }
        }
        return -1;
    }

    private static void save(WritableImage img, String path) throws Exception {
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, img.getPixelReader().getArgb(x, y));
            }
        }
        ImageIO.write(out, "png", new File(path));
    }
}
