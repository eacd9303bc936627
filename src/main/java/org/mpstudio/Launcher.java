package org.mpstudio;

import org.mpstudio.cli.MainCommand;

/**
 * Entry point of {@code java -jar mpstudio.jar}: picks the command line or, later, the editor, before any JavaFX
 * class is loaded.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(MainCommand.run(args));
    }
}
