package org.mpstudio.ui.common;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Region;

/**
 * Spreads heavy work over frames. A chapter switch lays out the editor's new lines in one pulse; when the preview's
 * new page arrives before that pulse ran, both would be styled and laid out in the same pulse, and the window
 * would stop answering for the sum of the two. Work handed to {@link #afterNextPulse} is done after the next pulse
 * instead, and laid out in the one after.
 */
public final class FxPulses {

    /** Keys of a region's properties while {@link #revealInSteps} runs: its height before, and which run is on. */
    private static final String FULL_HEIGHT = "mpstudio.reveal.fullMaxHeight";
    private static final String REVEAL_RUN = "mpstudio.reveal.run";

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

    /**
     * Lets {@code region} grow to its full height over the next pulses: no higher than {@code heights[0]} in the
     * next one, {@code heights[1]} in the one after, and so on, then as high as before. A list or editor given new
     * content in a showing window then makes its rows a few at a time instead of all in one pulse (in a cold JVM the
     * rows of a binder or a chapter, all at once, held the window 150-300 ms). A second call while one runs takes
     * over from it; outside a showing window the region keeps its full height at once.
     */
    public static void revealInSteps(Region region, double... heights) {
        Object full = region.getProperties().computeIfAbsent(FULL_HEIGHT, k -> region.getMaxHeight());
        Object run = new Object();
        region.getProperties().put(REVEAL_RUN, run);
        step(region, heights, 0, (Double) full, run);
    }

    private static void step(Region region, double[] heights, int i, double full, Object run) {
        if (region.getProperties().get(REVEAL_RUN) != run) {
            return;
        }
        Scene scene = region.getScene();
        boolean showing = scene != null && scene.getWindow() != null && scene.getWindow().isShowing();
        if (i >= heights.length || !showing) {
            region.getProperties().remove(REVEAL_RUN);
            region.getProperties().remove(FULL_HEIGHT);
            region.setMaxHeight(full);
            return;
        }
        region.setMaxHeight(heights[i]);
        afterNextPulse(region, () -> step(region, heights, i + 1, full, run));
    }
}
