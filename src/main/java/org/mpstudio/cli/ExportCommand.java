package org.mpstudio.cli;

import org.mpstudio.export.drafts.ExportRequest;
import org.mpstudio.export.drafts.ExportResult;
import org.mpstudio.export.drafts.ExportService;
import org.mpstudio.model.ExportManifest;
import org.mpstudio.model.Problem;
import org.mpstudio.model.ProfileContent;
import org.mpstudio.store.ExportManifestRepository;
import org.mpstudio.store.ProfileStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code export PROFILE --format docx,pdf --out DIR [--lang LANG]}: writes the drafts with progress lines and
 * records the export manifest in the profile file (or, for a source folder, beside the drafts).
 */
@Command(name = "export", description = "Export Word and PDF drafts of a profile.")
final class ExportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROFILE", description = "profile file or source folder")
    Path profile;

    @Option(names = "--format", defaultValue = "docx,pdf", split = ",", paramLabel = "FORMATS",
            description = "docx, pdf or both (default: docx,pdf)")
    Set<String> formats;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder for the drafts")
    Path out;

    @Option(names = "--lang", paramLabel = "LANG", description = "language (default: the profile's main one)")
    String lang;

    @Option(names = "--no-watermark", description = "leave out the diagonal DRAFT watermark")
    boolean noWatermark;

    @Option(names = "--soffice", paramLabel = "PATH", description = "LibreOffice's soffice (default: look for it)")
    Path soffice;

    private final Console console;
    private final Templates templates;

    ExportCommand(Console console, Templates templates) {
        this.console = console;
        this.templates = templates;
    }

    @Override
    public Integer call() {
        EnumSet<ExportRequest.Format> chosen = EnumSet.noneOf(ExportRequest.Format.class);
        for (String f : formats) {
            try {
                chosen.add(ExportRequest.Format.valueOf(f.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                console.error("--format " + f + ": choose docx, pdf or docx,pdf.");
                return ExitCode.UNUSABLE;
            }
        }
        try {
            ProfileContent content = ProfileInput.load(profile);
            String language = lang == null ? content.meta().mainLanguage() : lang;
            if (!content.meta().languages().contains(language)) {
                console.error(profile + " has no text in language " + language + "; it has "
                        + String.join(", ", content.meta().languages()) + ".");
                return ExitCode.UNUSABLE;
            }
            boolean isFile = !Files.isDirectory(profile);
            Map<String, Long> revisions = Map.of();
            if (isFile) {
                try (ProfileStore store = ProfileStore.open(profile)) {
                    revisions = new ExportManifestRepository(store).latestRevisions(language);
                }
            }
            ExportRequest request = new ExportRequest(content, chosen, out, language, !noWatermark,
                    referenceDocx(content), Optional.ofNullable(soffice), revisions);
            ExportResult result = new ExportService().export(request,
                    step -> console.info("  " + console.message(step.key(), step.args())));
            record(result.manifest(), isFile);
            result.docx().ifPresent(p -> console.info("wrote " + p));
            result.pdf().ifPresent(p -> console.info("wrote " + p));
            for (Problem p : result.problems()) {
                console.problem(p);
            }
            result.failedSteps().forEach(step -> console.error(console.message(step.key(), step.args())));
            if (!result.problems().isEmpty()) {
                console.info(result.problems().size() + " unresolved place(s) are marked in the draft; run check.");
            }
            return result.failedSteps().isEmpty() && result.problems().isEmpty() ? ExitCode.OK : ExitCode.PROBLEMS;
        } catch (Exception e) {
            return Failures.report(console, e);
        }
    }

    private Optional<Path> referenceDocx(ProfileContent content) throws java.io.IOException {
        String id = content.meta().template().replaceAll("@.*$", "");
        if (id.isEmpty()) {
            return Optional.empty();
        }
        return templates.library().locate(id).map(dir -> dir.resolve("reference.docx")).filter(Files::isRegularFile);
    }

    private void record(ExportManifest manifest, boolean isFile) throws Exception {
        if (isFile) {
            try (ProfileStore store = ProfileStore.open(profile)) {
                new ExportManifestRepository(store).record(manifest);
            }
            return;
        }
        Path sidecar = out.resolve(manifest.file().replaceAll("\\.docx$", "") + ".manifest.tsv");
        StringBuilder sb = new StringBuilder("# export ").append(manifest.exportId()).append(' ')
                .append(manifest.createdAt()).append('\n').append("block\tbookmark\tchapter\ttext\n");
        for (ExportManifest.Entry e : manifest.entries()) {
            sb.append(e.blockId()).append('\t').append(e.bookmark()).append('\t').append(e.chapterId()).append('\t')
                    .append(e.text().replace('\t', ' ').replace('\n', ' ')).append('\n');
        }
        Files.writeString(sidecar, sb.toString(), StandardCharsets.UTF_8);
    }
}
