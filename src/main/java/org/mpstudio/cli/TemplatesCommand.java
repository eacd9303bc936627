package org.mpstudio.cli;

import org.mpstudio.check.ProfileChecker;
import org.mpstudio.folder.TemplateSet;
import org.mpstudio.model.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code templates list} and {@code templates derive BASE_ID NEW_ID [--lang LANG]}. */
@Command(name = "templates", description = "List template sets, or derive a country's own set from one.",
        subcommands = {TemplatesCommand.ListCommand.class, TemplatesCommand.DeriveCommand.class})
final class TemplatesCommand {

    @Command(name = "list", description = "List the template sets you can start from.")
    static final class ListCommand implements Callable<Integer> {

        private final Console console;
        private final Templates templates;

        ListCommand(Console console, Templates templates) {
            this.console = console;
            this.templates = templates;
        }

        @Override
        public Integer call() {
            try {
                List<Problem> problems = new ArrayList<>();
                for (TemplateSet set : templates.library().list(problems)) {
                    for (String lang : set.languages()) {
                        problems.addAll(new ProfileChecker().checkTemplate(templates.library().newProfile(set.id(),
                                "XX", lang, set.name(), 2000)).stream()
                                .map(p -> new Problem(p.severity(), p.code(), "template " + set.id() + ", " + p.where(),
                                        p.line(), p.column(), p.args())).toList());
                    }
                    console.info(String.format("%-20s %-6s %-8s %s%s", set.id(), set.version(),
                            String.join(",", set.languages()), set.name(),
                            set.basedOn().isEmpty() ? "" : " (based on " + set.basedOn() + ")"));
                }
                console.problems(problems);
                return problems.isEmpty() ? ExitCode.OK : ExitCode.PROBLEMS;
            } catch (Exception e) {
                return Failures.report(console, e);
            }
        }
    }

    @Command(name = "derive", description = "Make a partner country's own template set from an existing one.")
    static final class DeriveCommand implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "BASE_ID")
        String base;

        @Parameters(index = "1", paramLabel = "NEW_ID")
        String newId;

        @Option(names = "--lang", paramLabel = "LANG", description = "language of the new set (chapters are copied "
                + "for translation)")
        String lang;

        @Option(names = "--out", paramLabel = "DIR", description = "folder to put the new set in (default: your "
                + "templates folder)")
        Path out;

        private final Console console;
        private final Templates templates;

        DeriveCommand(Console console, Templates templates) {
            this.console = console;
            this.templates = templates;
        }

        @Override
        public Integer call() {
            try {
                Path dir = templates.library().derive(base, newId, Optional.ofNullable(lang),
                        out == null ? AppFolders.userTemplates() : out);
                console.info("derived " + newId + " from " + base + " in " + dir);
                return ExitCode.OK;
            } catch (Exception e) {
                return Failures.report(console, e);
            }
        }
    }
}
