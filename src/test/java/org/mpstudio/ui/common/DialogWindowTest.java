package org.mpstudio.ui.common;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A dialog is styled and laid out at its size in one event and put on screen in the next, at that size. */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class DialogWindowTest {

    @Test
    void aDialogIsLaidOutBeforeItShows(FxRobot robot) throws Exception {
        Stage[] stage = new Stage[1];
        VBox[] content = new VBox[1];
        boolean[] showingAtOnce = new boolean[1];
        double[] laidOut = new double[3];
        robot.interact(() -> {
            Label title = new Label("Insert a figure value");
            title.getStyleClass().add("dialog-title");
            content[0] = new VBox(8, title, new ListView<String>());
            stage[0] = DialogWindow.create(null, new UiText("en"), "app.name", content[0]);
            DialogWindow.show(stage[0]);
            showingAtOnce[0] = stage[0].isShowing();
            laidOut[0] = content[0].getWidth();
            laidOut[1] = content[0].prefWidth(-1);
            laidOut[2] = title.getHeight();
            assertNotNull(title.getSkin(), "styled: the label has its skin");
        });
        assertFalse(showingAtOnce[0], "not on screen in the same event");
        assertTrue(laidOut[0] > 0 && laidOut[2] > 0, "laid out before it shows");
        assertEquals(laidOut[1], laidOut[0], 0.5, "at its preferred width");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> stage[0].isShowing());
        assertEquals(laidOut[0], stage[0].getScene().getWidth(), 0.5, "shown at the size it was laid out at");
        robot.interact(() -> stage[0].close());
    }
}
