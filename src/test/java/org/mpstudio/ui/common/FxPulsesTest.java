package org.mpstudio.ui.common;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Work put off past the next pulse runs once, after a layout pass; outside a showing window it runs at once. */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class FxPulsesTest {

    private Label shown;

    @Start
    void start(Stage stage) {
        shown = new Label("shown");
        stage.setScene(new Scene(new StackPane(shown), 200, 100));
        stage.show();
    }

    @Test
    void workWaitsForTheNextLayoutPassAndRunsOnce(FxRobot robot) throws Exception {
        List<String> events = new ArrayList<>();
        Runnable layoutPass = () -> events.add("layout");
        robot.interact(() -> {
            shown.getScene().addPostLayoutPulseListener(layoutPass);
            FxPulses.afterNextPulse(shown, () -> events.add("work"));
            events.add("asked");
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> events.contains("work"));
        // a few more pulses: the work must not run again
        robot.interact(() -> shown.setText("again"));
        robot.interact(() -> shown.setText("and again"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> shown.getScene().removePostLayoutPulseListener(layoutPass));
        assertEquals("asked", events.get(0), "nothing runs while the caller is still busy");
        assertEquals("layout", events.get(1), "a layout pass comes first");
        assertEquals(1, events.stream().filter("work"::equals).count(), "the work runs once");
    }

    @Test
    void outsideAShowingWindowTheWorkRunsAtOnce(FxRobot robot) {
        List<String> events = new ArrayList<>();
        robot.interact(() -> {
            FxPulses.afterNextPulse(new Label("not in a scene"), () -> events.add("work"));
            events.add("asked");
        });
        assertEquals(List.of("work", "asked"), events);
    }
}
