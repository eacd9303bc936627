package org.mpstudio;

import org.mpstudio.cli.CliLogging;
import org.mpstudio.cli.MainCommand;
import org.mpstudio.ui.EditorMain;

/**
 * Entry point of {@code java -jar mpstudio.jar}: with no arguments or {@code open PROFILE} it starts the editor, with
 * any other command the command line; it decides before any JavaFX class is loaded.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        boolean editor = args.length == 0 || (args[0].equals("open") && args.length == 2);
        if (!editor) {
            // the command line opens no window and draws its charts into images: headless, AWT does not look for the
            // display DISPLAY names, which failed every export when none answered (a stale SSH forwarding, say)
            System.setProperty("java.awt.headless", "true");
            System.exit(MainCommand.run(args));
        }
        CliLogging.install();
        int code = EditorMain.run(args);
        if (code == EditorMain.NO_DISPLAY) {
            System.err.println("mpstudio: the editor needs a display (set DISPLAY, or run it on a desktop). "
                    + "The command line works without one: mpstudio --help");
            System.exit(2);
        }
        if (code == EditorMain.DISPLAY_NOT_OPENED) {
            System.err.println("mpstudio: the editor could not open the display DISPLAY names ("
                    + System.getenv("DISPLAY") + "). Is its X server running, and may this user draw on it? JavaFX "
                    + "also needs GTK 3 (on Debian or Ubuntu: apt install libgtk-3-0). The command line works "
                    + "without a display: mpstudio --help");
            System.exit(2);
        }
        System.exit(code);
    }
}
