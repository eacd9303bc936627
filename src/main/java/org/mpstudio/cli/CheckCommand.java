package org.mpstudio.cli;

import org.mpstudio.check.ProfileChecker;
import org.mpstudio.model.Problem;
import org.mpstudio.model.ProfileContent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;

/** {@code check PROFILE [--json] [--stale-years N]}: exit 0 clean, 1 problems found, 2 unusable input. */
@Command(name = "check", description = "Report unresolved placeholders, missing or stale data, figures without "
        + "source, leftover guidance and duplicate ids.")
final class CheckCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROFILE", description = "profile file or source folder")
    Path profile;

    @Option(names = "--json", description = "print the report as JSON on stdout")
    boolean json;

    @Option(names = "--stale-years", paramLabel = "N", description = "figures older than N years before the edition "
            + "are stale (default: the profile's stale_years)")
    Integer staleYears;

    private final Console console;

    CheckCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        try {
            ProfileContent content = ProfileInput.load(profile);
            List<Problem> problems = new ProfileChecker().check(content, new ProfileChecker.Options(
                    staleYears == null ? OptionalInt.empty() : OptionalInt.of(staleYears)));
            if (json) {
                console.out().println(JsonReport.of(profile.toString(), problems, console));
            } else {
                console.problems(problems);
                long errors = problems.stream().filter(Problem::isError).count();
                console.info(problems.isEmpty() ? profile + ": no problems found"
                        : profile + ": " + errors + " error(s), " + (problems.size() - errors) + " warning(s)");
            }
            return problems.isEmpty() ? ExitCode.OK : ExitCode.PROBLEMS;
        } catch (Exception e) {
            return Failures.report(console, e);
        }
    }
}
