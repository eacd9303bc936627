package org.mpstudio.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** The command line of Migration Profile Studio (DESIGN section 7). */
@Command(name = "mpstudio", mixinStandardHelpOptions = true, version = "Migration Profile Studio 0.1",
        description = "Draft a national Migration Profile: chapters, sourced figures, Word and PDF drafts.",
        subcommands = {BuildCommand.class, UnpackCommand.class, NewCommand.class, ImportCommand.class,
                CheckCommand.class, TemplatesCommand.class, ExportCommand.class})
public final class MainCommand {

    /** Runs a command line and returns its exit code; never calls {@link System#exit}. */
    public static int run(String... args) {
        CliLogging.install();
        return commandLine(Console.system(), new Templates()).execute(args);
    }

    static CommandLine commandLine(Console console, Templates templates) {
        CommandLine cl = new CommandLine(new MainCommand(), new Factory(console, templates));
        cl.setOut(new PrintWriter(console.out(), true));
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> Failures.report(console, ex));
        return cl;
    }

    /** Gives every command the console and template library it needs, so tests can capture the output. */
    private record Factory(Console console, Templates templates) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            for (var ctor : cls.getDeclaredConstructors()) {
                Class<?>[] types = ctor.getParameterTypes();
                if (types.length == 2 && types[0] == Console.class && types[1] == Templates.class) {
                    return cls.cast(ctor.newInstance(console, templates));
                }
                if (types.length == 1 && types[0] == Console.class) {
                    return cls.cast(ctor.newInstance(console));
                }
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }
}
