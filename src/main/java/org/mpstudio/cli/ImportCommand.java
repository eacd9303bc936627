package org.mpstudio.cli;

import org.mpstudio.ingest.ImportBatch;
import org.mpstudio.ingest.ImportContext;
import org.mpstudio.ingest.ObservationFileReader;
import org.mpstudio.model.Indicator;
import org.mpstudio.model.ProfileContent;
import org.mpstudio.model.Source;
import org.mpstudio.store.ObservationRepository;
import org.mpstudio.store.ProfileRepository;
import org.mpstudio.store.ProfileStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code import PROFILE DATA.csv|DATA.xlsx [--dry-run]}: all or nothing. Every problem in the file is listed; if any
 * is an error, the profile is not touched.
 */
@Command(name = "import", description = "Import figures from a CSV or XLSX file (long or wide layout).")
final class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROFILE", description = "profile file (.mprofile)")
    Path profile;

    @Parameters(index = "1", paramLabel = "DATA", description = "CSV or XLSX file of figures")
    Path data;

    @Option(names = "--dry-run", description = "check and report, change nothing")
    boolean dryRun;

    @Option(names = "--source", paramLabel = "ID", description = "source id for rows that name none")
    String source;

    @Option(names = "--indicator", paramLabel = "ID", description = "indicator of a wide file that does not name it")
    String indicator;

    private final Console console;

    ImportCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        if (Files.isDirectory(profile)) {
            console.error(profile + " is a source folder; build it into a .mprofile first, or add the figures to its "
                    + "data/observations.csv.");
            return ExitCode.UNUSABLE;
        }
        if (Files.isDirectory(data)) {
            console.error(data + " is a folder; give the CSV or XLSX file of figures to import.");
            return ExitCode.UNUSABLE;
        }
        if (!Files.isRegularFile(data)) {
            console.error(data + ": no such file.");
            return ExitCode.UNUSABLE;
        }
        try (ProfileStore store = ProfileStore.open(profile)) {
            ProfileContent content = new ProfileRepository(store).load();
            Map<String, Indicator> indicators = new HashMap<>();
            content.indicators().forEach(i -> indicators.put(i.id(), i));
            ImportBatch batch = new ObservationFileReader().read(data, new ImportContext(indicators,
                    content.sources().stream().map(Source::id).collect(Collectors.toSet()),
                    Optional.ofNullable(source), Optional.ofNullable(indicator)));
            console.problems(batch.problems());
            if (batch.hasErrors()) {
                console.info(data + ": not imported, nothing changed (" + batch.problems().size() + " problem(s)).");
                return ExitCode.PROBLEMS;
            }
            if (dryRun) {
                console.info(data + ": " + batch.observations().size() + " figures read (" + batch.layout()
                        .name().toLowerCase() + " layout); dry run, nothing changed.");
                return ExitCode.OK;
            }
            ObservationRepository.ApplySummary s = new ObservationRepository(store).apply(batch.observations(),
                    data.getFileName().toString());
            console.info(data + ": " + s.inserted() + " new, " + s.updated() + " updated (previous values kept in "
                    + "history), " + s.unchanged() + " unchanged.");
            return ExitCode.OK;
        } catch (Exception e) {
            return Failures.report(console, e);
        }
    }
}
