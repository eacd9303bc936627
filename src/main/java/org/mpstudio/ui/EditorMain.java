package org.mpstudio.ui;

import javafx.application.Application;

import java.util.Locale;

/** Starts the editor, or says clearly why it cannot: on Linux without a display there is nothing to draw on. */
public final class EditorMain {

    private EditorMain() {
    }

    /** True when a window can be shown: a display on Linux, always on macOS and Windows. */
    public static boolean hasDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("mac") || os.contains("win") || "Monocle".equals(System.getProperty("glass.platform"))) {
            return true;
        }
        return notBlank(System.getenv("DISPLAY")) || notBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    /** What {@link #run} returns when there is no display to draw on. */
    public static final int NO_DISPLAY = -1;

    /** What {@link #run} returns when the display named could not be opened (no X server there, no GTK 3). */
    public static final int DISPLAY_NOT_OPENED = -2;

    /** Runs the editor until its window closes: its exit code, or {@link #NO_DISPLAY}, {@link #DISPLAY_NOT_OPENED}. */
    public static int run(String[] args) {
        if (!hasDisplay()) {
            System.getLogger(EditorMain.class.getName()).log(System.Logger.Level.ERROR, "no display");
            return NO_DISPLAY;
        }
        org.mpstudio.ui.common.ClassWarmup.preloadStartup();
        try {
            Application.launch(App.class, args);
        } catch (UnsupportedOperationException e) {
            // JavaFX's "Unable to open DISPLAY" (no X server there, or no GTK 3), before any window or profile was
            // touched
            System.getLogger(EditorMain.class.getName()).log(System.Logger.Level.ERROR, "display not opened", e);
            return DISPLAY_NOT_OPENED;
        }
        return 0;
    }
}
