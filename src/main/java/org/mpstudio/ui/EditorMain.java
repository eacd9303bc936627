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

    /** Runs the editor until its window closes; returns the exit code. */
    public static int run(String[] args) {
        if (!hasDisplay()) {
            System.getLogger(EditorMain.class.getName()).log(System.Logger.Level.ERROR, "no display");
            return -1;
        }
        org.mpstudio.ui.common.ClassWarmup.preloadStartup();
        Application.launch(App.class, args);
        return 0;
    }
}
