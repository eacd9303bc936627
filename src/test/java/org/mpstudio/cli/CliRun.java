package org.mpstudio.cli;

import org.mpstudio.i18n.Messages;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs a command line in-process and captures what it printed. */
record CliRun(int exit, String out, String err) {

    static CliRun of(String... args) {
        return of(new Templates(), args);
    }

    /** Runs with a given template library (e.g. a user folder under @TempDir). */
    static CliRun of(Templates templates, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Messages.forLanguage("en"));
        int exit = MainCommand.commandLine(console, templates).execute(args);
        return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
