package org.mpstudio.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Sends all logging (System.Logger, and POI's log4j-api through log4j-to-jul) to a file in the user's data folder
 * instead of the terminal, so users see readable lines and never a stack trace (ADR 0003). The command line and the
 * editor both install it.
 */
public final class CliLogging {

    private CliLogging() {
    }

    /** {@code $MPSTUDIO_HOME/logs/mpstudio.log}, by default under {@code ~/.mpstudio}. */
    public static Path logFile() {
        return AppFolders.home().resolve("logs").resolve("mpstudio.log");
    }

    /** Replaces the console handler with the log file ({@link #logFile()}); without a writable folder, no logging. */
    public static void install() {
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        try {
            Files.createDirectories(logFile().getParent());
            Handler file = new FileHandler(logFile().toString(), 2_000_000, 1, true);
            file.setFormatter(new SimpleFormatter());
            root.addHandler(file);
        } catch (IOException | SecurityException e) {
            // no log file: logging goes nowhere, the commands still work
        }
    }
}
