package org.mpstudio.ui;

import javafx.animation.PauseTransition;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.mpstudio.ui.common.ClassWarmup;
import org.mpstudio.ui.common.ControlWarmup;
import org.mpstudio.ui.editor.EditorWarmup;
import org.mpstudio.ui.workspace.WorkspaceModel;

import java.nio.file.Path;

/**
 * How the editor starts. The first profile is read in the background while the main window is built; the window is
 * then laid out with that profile's binder, first chapter and preview, and drawn once out of sight, before it shows.
 * The drafter never sees an empty window that then freezes while the profile is laid out and drawn for the first
 * time in a cold JVM. A profile slow to read (the sample built on the first run, a file on a network drive) holds the
 * window back no longer than {@link #MAX_WAIT}: the window then shows "Opening…" and the profile follows, its first
 * layout rehearsed out of sight meanwhile ({@link #REHEARSE_AFTER}). After the window shows, the classes and controls
 * the dialogs need are made ready in the background and in small pieces ({@link ClassWarmup}, {@link ControlWarmup}).
 * Used by {@link App} and by the editor's benchmark, so both start the same way.
 */
public final class Startup {

    /** The longest the window waits for the first profile once the window is built. */
    static final Duration MAX_WAIT = Duration.millis(1500);

    /**
     * How long after the window is built, with the first profile still being read, the window is laid out and drawn
     * out of sight with made-up rows ({@link MainWindow#rehearse}). The sample is read by then; a slower read gets
     * the window's first layout ready while it goes on, for the window or the profile, whichever comes first.
     */
    static final Duration REHEARSE_AFTER = Duration.millis(300);

    /** The latest the dialogs' warm-up starts after the window showed while the first profile was still read. */
    static final Duration WARM_UP_LATEST = Duration.seconds(10);

    /** How long after a profile read too slowly is shown the warm-up starts. */
    static final Duration WARM_UP_SETTLE = Duration.seconds(2);

    private Startup() {
    }

    /**
     * Builds the main window on {@code stage} and shows it with {@code first} open (or empty when null); then
     * {@code shown} runs. Call on the JavaFX thread.
     */
    public static MainWindow start(Stage stage, WorkspaceModel workspace, Path first, Runnable shown) {
        return start(stage, workspace, first, MAX_WAIT, shown);
    }

    /** As {@link #start(Stage, WorkspaceModel, Path, Runnable)}, waiting at most {@code maxWait} for the profile. */
    static MainWindow start(Stage stage, WorkspaceModel workspace, Path first, Duration maxWait, Runnable shown) {
        ProfileFiles.Reading reading = first == null ? null : ProfileFiles.Reading.start(workspace.runner(), first);
        MainWindow window = new MainWindow(stage, workspace);
        PauseTransition wait = new PauseTransition(maxWait);
        boolean[] done = new boolean[1];
        Runnable show = () -> {
            wait.stop();
            if (done[0]) {
                return;
            }
            done[0] = true;
            window.drawOutOfSight();
            stage.show();
            if (reading != null && workspace.contentProperty().get() == null) {
                // the profile is still being read: the warm-up waits until it is shown, not to add to its layout
                warmUpOnceOpened(workspace);
            } else {
                warmUp(workspace);
            }
            shown.run();
        };
        if (reading == null) {
            show.run();
        } else {
            window.showAtStart(reading, show);
            wait.setOnFinished(e -> show.run());
            wait.play();
            PauseTransition rehearse = new PauseTransition(REHEARSE_AFTER);
            rehearse.setOnFinished(e -> {
                if (!done[0] && workspace.contentProperty().get() == null) {
                    window.rehearse();
                }
            });
            rehearse.play();
        }
        return window;
    }

    /** Starts the warm-up once a profile is shown, or after {@link #WARM_UP_LATEST} when none comes (a failed read). */
    private static void warmUpOnceOpened(WorkspaceModel workspace) {
        boolean[] started = new boolean[1];
        PauseTransition latest = new PauseTransition(WARM_UP_LATEST);
        Runnable start = () -> {
            if (!started[0]) {
                started[0] = true;
                latest.stop();
                warmUp(workspace);
            }
        };
        // the profile's binder, first chapter and preview are laid out in the next pulses, in a cold JVM whose
        // compilers are busy too: the warm-up's class loading would take a core from them then
        PauseTransition settle = new PauseTransition(WARM_UP_SETTLE);
        settle.setOnFinished(e -> start.run());
        MainWindow.onceChanged(workspace.contentProperty(), settle::play);
        latest.setOnFinished(e -> start.run());
        latest.play();
    }

    /** Warms the dialogs' controls and the editor's chapter switch, in pieces, the window free between them. */
    private static void warmUp(WorkspaceModel workspace) {
        ClassWarmup.start(() -> {
            ControlWarmup.runInPieces();
            EditorWarmup.runInPieces(workspace.contentProperty().get());
        });
    }
}
