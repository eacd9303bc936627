package org.mpstudio.ui.common;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;

/** Opens a folder in the system's file manager, off the UI thread: java.awt.Desktop when supported, else xdg-open. */
public final class OpenFolder {

    private static final System.Logger LOG = System.getLogger(OpenFolder.class.getName());

    private OpenFolder() {
    }

    public static void open(Path folder) {
        Thread t = new Thread(() -> {
            try {
                if (!Boolean.getBoolean("java.awt.headless") && Desktop.isDesktopSupported()
                        && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                    Desktop.getDesktop().open(folder.toFile());
                } else {
                    new ProcessBuilder("xdg-open", folder.toString()).inheritIO().start();
                }
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "cannot open " + folder, e);
            }
        }, "open-folder");
        t.setDaemon(true);
        t.start();
    }
}
