package org.mpstudio.ui.common;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Spreads heavy work over frames. A chapter switch lays out the editor's new lines in one pulse; when the preview's
 * new page arrives before that pulse ran, both would be styled and laid out in the same pulse, and the window
 * would stop answering for the sum of the two. Work handed to {@link #afterNextPulse} is done after the next pulse
 * instead, and laid out in the one after.
 */
public final class FxPulses {

    private FxPulses() {
    }

    /**
     * Runs {@code work} on the JavaFX thread after the next pulse of {@code node}'s window has laid the scene out,
     * or at once when the node is in no showing window (nothing is drawn then, and start-up lays out and draws the
     * window itself).
     */
    public static void afterNextPulse(Node node, Runnable work) {
        Scene scene = node.getScene();
        if (scene == null || scene.getWindow() == null || !scene.getWindow().isShowing()) {
            work.run();
            return;
        }
        boolean[] done = {false};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> Platform.runLater(() -> {
            scene.removePostLayoutPulseListener(listener[0]);
            if (!done[0]) {
                done[0] = true;
                work.run();
            }
        });
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}
