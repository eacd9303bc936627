package org.mpstudio.ui.common;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /** A region in the shown window, under the label. */
    private StackPane box(FxRobot robot) {
        StackPane box = new StackPane();
        robot.interact(() -> ((StackPane) shown.getParent()).getChildren().add(box));
        return box;
    }

    private static boolean revealed(Region region) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> region.getProperties().isEmpty()).get();
    }

    @Test
    void aRegionIsRevealedInStepsOnePulseEachThenRegainsItsHeight(FxRobot robot) throws Exception {
        StackPane box = box(robot);
        List<Double> laidOut = new java.util.concurrent.CopyOnWriteArrayList<>();
        Runnable layoutPass = () -> {
            if (laidOut.isEmpty() || laidOut.get(laidOut.size() - 1) != box.getMaxHeight()) {
                laidOut.add(box.getMaxHeight());
            }
        };
        robot.interact(() -> {
            shown.getScene().addPostLayoutPulseListener(layoutPass);
            FxPulses.revealInSteps(box, 20, 50);
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> revealed(box));
        robot.interact(() -> box.requestLayout());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> shown.getScene().removePostLayoutPulseListener(layoutPass));
        assertEquals(List.of(20.0, 50.0, Region.USE_COMPUTED_SIZE), laidOut, "each height laid out in turn");
    }

    @Test
    void aSecondRevealTakesOverAndTheFullHeightIsKept(FxRobot robot) throws Exception {
        StackPane box = box(robot);
        robot.interact(() -> {
            box.setMaxHeight(90);
            FxPulses.revealInSteps(box, 10, 20, 30);
        });
        robot.interact(() -> FxPulses.revealInSteps(box, 15));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> revealed(box));
        // a few more pulses: nothing pending may set a height any more
        for (int i = 0; i < 4; i++) {
            robot.interact(box::requestLayout);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(90.0, WaitForAsyncUtils.asyncFx(box::getMaxHeight).get(),
                "the height it had before the first reveal, not a step's");
    }

    @Test
    void outsideAShowingWindowARegionKeepsItsHeight(FxRobot robot) {
        StackPane alone = new StackPane();
        robot.interact(() -> FxPulses.revealInSteps(alone, 10, 20));
        assertEquals(Region.USE_COMPUTED_SIZE, alone.getMaxHeight());
        assertTrue(alone.getProperties().isEmpty());
    }
}
