package org.mpstudio.export.pdf;

import org.mpstudio.export.ExportProgress;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One conversion's use of {@code soffice} in the private profile: the first start if the profile needs it, then
 * the macro run, passing the macro's status lines on as progress. Used by {@link PdfConverter} while it holds the
 * profile's lock; one thread.
 */
final class ConversionRun {

    /** LibreOffice passed the deadline and was killed. */
    static final class TimedOut extends Exception {
        private static final long serialVersionUID = 1L;
    }

    /** The macro's status words and the progress each one reports. */
    private static final Map<String, String> PROGRESS = Map.of(
            "loading", ExportProgress.PDF_OPENING,
            "updating", ExportProgress.PDF_UPDATING,
            "writing", ExportProgress.PDF_WRITING);

    private final Path soffice;
    private final OfficeProfile profile;
    private final Map<String, String> environment;
    private final Instant deadline;
    private final Consumer<ExportProgress> progress;
    private final BundledFonts fonts = new BundledFonts(ConversionRun.class.getClassLoader());
    private int exitCode;

    ConversionRun(Path soffice, OfficeProfile profile, Map<String, String> environment, Instant deadline,
                  Consumer<ExportProgress> progress) {
        this.soffice = soffice;
        this.profile = profile;
        this.environment = environment;
        this.deadline = deadline;
        this.progress = progress;
    }

    /**
     * Makes the profile ready: LibreOffice's first start when it has not run there yet (first start replaces
     * {@code user/basic} with its presets, so it must come before the macro), then fonts and macro.
     *
     * @return whether the first start was done now
     */
    boolean prepare(Path fontsDir) throws IOException, InterruptedException, TimedOut, PdfException {
        boolean fresh = !profile.initializedFor(soffice);
        if (fresh) {
            profile.wipe();
            Files.createDirectories(profile.dir());
            exitCode = run(List.of("--terminate_after_init"), () -> { });
            if (exitCode != 0 || !Files.isDirectory(profile.userDir())) {
                throw new PdfException(ExportProgress.of(ExportProgress.PDF_ERROR_NO_START, soffice.toString(),
                        String.valueOf(exitCode), logSummary(), profile.log().toString()));
            }
            profile.markInitialized(soffice);
        }
        profile.install(fonts, fontsDir);
        return fresh;
    }

    /** Runs the macro on {@code docx}, writing {@code pdf}; returns the macro's status lines (empty: it never ran). */
    List<String> convert(Path docx, Path pdf) throws IOException, InterruptedException, TimedOut {
        ConversionMacro.writeJob(profile.userDir(), docx, pdf);
        List<String> reported = new ArrayList<>();
        Runnable poll = () -> {
            List<String> status = ConversionMacro.readStatus(profile.userDir());
            for (String line : status.subList(Math.min(reported.size(), status.size()), status.size())) {
                reported.add(line);
                String key = PROGRESS.get(line);
                if (key != null) {
                    progress.accept(ExportProgress.of(key));
                }
            }
        };
        exitCode = run(List.of(ConversionMacro.URL), poll);
        return ConversionMacro.readStatus(profile.userDir());
    }

    int exitCode() {
        return exitCode;
    }

    /** ": " and the first meaningful line LibreOffice printed, or nothing. */
    String logSummary() {
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(profile.log(), StandardCharsets.UTF_8));
            lines.removeIf(l -> l.isBlank() || l.contains("javaldx"));
            return lines.isEmpty() ? "" : ": " + lines.get(0).strip();
        } catch (IOException e) {
            return "";
        }
    }

    private int run(List<String> arguments, Runnable poll) throws IOException, InterruptedException, TimedOut {
        List<String> command = new ArrayList<>();
        command.add(soffice.toString());
        command.addAll(profile.options());
        command.addAll(arguments);
        Files.deleteIfExists(profile.log());
        SofficeProcess.Result result = SofficeProcess.run(command, environment, profile.log(), deadline, poll);
        if (result.timedOut()) {
            throw new TimedOut();
        }
        return result.exitCode();
    }
}
