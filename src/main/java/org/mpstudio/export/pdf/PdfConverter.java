package org.mpstudio.export.pdf;

import org.mpstudio.export.ExportProgress;
import org.mpstudio.i18n.Messages;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Makes the PDF draft from the canonical DOCX with LibreOffice ({@code soffice}) running headless in a private
 * profile that holds the bundled fonts (DESIGN section 1, ADR 0004). Before exporting, the table of contents, other
 * indexes and fields are updated, so the contents show the PDF's real page numbers; every font is embedded.
 * An instance may be shared between threads; conversions that use the same profile run one after another.
 */
public final class PdfConverter {

    private static final System.Logger LOG = System.getLogger(PdfConverter.class.getName());

    private final Path soffice;
    private final Path fontsDir;
    private final Duration timeout;
    private final OfficeProfile profile;
    private final Map<String, String> environment;

    /** A converter using the profile in {@code $MPSTUDIO_HOME/lo-profile} (default {@code ~/.mpstudio/lo-profile}). */
    public PdfConverter(Path soffice, Path fontsDir, Duration timeout) {
        this(soffice, fontsDir, timeout, OfficeProfile.defaultDir());
    }

    /**
     * @param soffice  LibreOffice's program, usually from {@link #findSoffice}
     * @param fontsDir folder whose {@code .ttf}/{@code .otf} files go into the profile; null for the fonts bundled
     *                 with the application (class path {@code /fonts/})
     * @param timeout  the longest one {@link #convert} may take, LibreOffice's start included
     * @param profileDir folder for the private LibreOffice profile, created if missing and kept between runs
     */
    public PdfConverter(Path soffice, Path fontsDir, Duration timeout, Path profileDir) {
        this(soffice, fontsDir, timeout, profileDir, Map.of());
    }

    /** As above, with extra environment variables for LibreOffice (tests use it to hide the machine's fonts). */
    PdfConverter(Path soffice, Path fontsDir, Duration timeout, Path profileDir, Map<String, String> environment) {
        this.soffice = Objects.requireNonNull(soffice, "soffice");
        this.fontsDir = fontsDir;
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        this.profile = new OfficeProfile(Objects.requireNonNull(profileDir, "profileDir"));
        this.environment = Map.copyOf(environment);
    }

    /**
     * Finds {@code soffice}: the configured path (a program or a LibreOffice folder; may be empty), then the
     * environment variable {@code MPSTUDIO_SOFFICE}, {@code PATH}, and the usual install folders of Linux
     * ({@code /usr/bin}, {@code /usr/lib/libreoffice/program}, {@code /opt/libreoffice*}), Windows
     * ({@code Program Files}, also x86) and macOS ({@code /Applications/LibreOffice.app}). Empty if none exists;
     * then show {@link #missingMessage()}.
     */
    public static Optional<Path> findSoffice(Optional<Path> configured) {
        return SofficeLocator.forThisMachine().find(configured);
    }

    /** What to tell the user when {@link #findSoffice} finds nothing, as a step not done (key and arguments). */
    public static ExportProgress missing() {
        return ExportProgress.of(ExportProgress.FAILED_NO_OFFICE, SofficeLocator.ENV_VARIABLE);
    }

    /** {@link #missing()} in English: how to install LibreOffice or point to it. */
    public static String missingMessage() {
        return Messages.forLanguage("en").format(ExportProgress.FAILED_NO_OFFICE, missing().args());
    }

    /**
     * Converts {@code docx} to {@code pdf} (a file, or a folder to write {@code <name>.pdf} into), replacing an
     * existing PDF only when the new one is complete. Reports progress ({@link ExportProgress#PDF_STARTING},
     * then opening, updating the table of contents, writing) to {@code progress}, on the calling thread. Blocks up to the timeout:
     * call it off the UI thread. Interrupting the calling thread cancels: LibreOffice is stopped and a
     * {@link PdfException} thrown (with the interrupt flag set again).
     *
     * @throws PdfException on a missing input or program, a timeout (LibreOffice is then stopped), a crash, an
     *                      error inside LibreOffice, or no output; the message names the file and what to do
     */
    public void convert(Path docx, Path pdf, Consumer<ExportProgress> progress) throws PdfException {
        Path target = Files.isDirectory(pdf) ? pdf.resolve(baseName(docx) + ".pdf") : pdf;
        if (!Files.isRegularFile(docx)) {
            throw new PdfException(ExportProgress.of(ExportProgress.PDF_ERROR_NO_INPUT, docx.toString()));
        }
        if (!Files.isRegularFile(soffice) || !Files.isExecutable(soffice)) {
            throw new PdfException(ExportProgress.of(ExportProgress.PDF_ERROR_NO_OFFICE, docx.toString(),
                    soffice.toString(), missing()));
        }
        Instant start = Instant.now();
        Instant deadline = start.plus(timeout);
        progress.accept(ExportProgress.of(ExportProgress.PDF_STARTING));
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            OfficeProfile.Lease lease = profile.lock(deadline).orElseThrow(() -> new PdfException(
                    ExportProgress.of(ExportProgress.PDF_ERROR_BUSY, docx.toString(), seconds())));
            try (lease) {
                Files.createDirectories(target.toAbsolutePath().getParent());
                ConversionRun run = new ConversionRun(soffice, profile, environment, deadline, progress);
                boolean fresh = run.prepare(fontsDir);
                List<String> status = run.convert(docx, part);
                if (status.isEmpty() && !fresh) {
                    // the macro never ran: a damaged or foreign profile; start it afresh once
                    profile.forgetFirstStart();
                    run.prepare(fontsDir);
                    status = run.convert(docx, part);
                }
                check(run, status, docx, part);
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (ConversionRun.TimedOut e) {
            throw new PdfException(ExportProgress.of(ExportProgress.PDF_ERROR_TIMEOUT, docx.toString(), seconds()), e);
        } catch (IOException e) {
            throw new PdfException(ExportProgress.of(ExportProgress.PDF_ERROR_WRITE, docx.toString(),
                    target.toString(), String.valueOf(e.getMessage())), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PdfException(ExportProgress.of(ExportProgress.PDF_ERROR_CANCELLED, docx.toString()), e);
        } finally {
            deleteQuietly(part);
        }
        LOG.log(Level.INFO, "PDF {0} made in {1} ms", target, Duration.between(start, Instant.now()).toMillis());
    }

    private void check(ConversionRun run, List<String> status, Path docx, Path part) throws PdfException {
        String last = status.isEmpty() ? "" : status.get(status.size() - 1);
        for (int i = 0; i < status.size(); i++) {
            if (status.get(i).startsWith("error")) {
                String error = String.join(" ", status.subList(i, status.size())).substring(5).strip();
                String key = i > 0 && status.get(i - 1).equals("writing") ? ExportProgress.PDF_ERROR_OFFICE_WRITING
                        : ExportProgress.PDF_ERROR_OFFICE_READING;
                throw new PdfException(ExportProgress.of(key, docx.toString(), error));
            }
        }
        if (!last.equals("done")) {
            throw new PdfException(ExportProgress.of(ExportProgress.PDF_ERROR_STOPPED, docx.toString(),
                    String.valueOf(run.exitCode()), run.logSummary(), profile.log().toString()));
        }
        if (!Files.isRegularFile(part) || sizeOf(part) == 0) {
            throw new PdfException(ExportProgress.of(ExportProgress.PDF_ERROR_NO_OUTPUT, docx.toString(),
                    String.valueOf(part.getParent())));
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private String seconds() {
        return timeout.toSeconds() + " s";
    }

    private static String baseName(Path docx) {
        String name = docx.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not delete " + file, e);
        }
    }
}
