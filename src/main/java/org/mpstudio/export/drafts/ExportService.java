package org.mpstudio.export.drafts;

import org.mpstudio.chart.ChartRenderer;
import org.mpstudio.export.ExportException;
import org.mpstudio.export.ExportProgress;
import org.mpstudio.export.docx.DocxOptions;
import org.mpstudio.export.docx.DocxResult;
import org.mpstudio.export.docx.DocxWriter;
import org.mpstudio.export.pdf.PdfConverter;
import org.mpstudio.export.pdf.PdfException;
import org.mpstudio.model.ExportManifest;
import org.mpstudio.model.doc.Block;
import org.mpstudio.model.doc.ChartData;
import org.mpstudio.model.doc.Document;
import org.mpstudio.template.DocumentBuilder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Exports drafts of a profile: resolves it once into the document model, writes the DOCX (the canonical draft),
 * converts that DOCX to PDF through LibreOffice when asked, and builds the manifest of what went out. A missing
 * LibreOffice is a failed step, not an error: the DOCX is still written. Blocks the calling thread.
 */
public final class ExportService {

    private static final Duration PDF_TIMEOUT = Duration.ofMinutes(5);

    private final ChartRenderer charts = new ChartRenderer();

    /**
     * Exports as asked, on the calling thread.
     *
     * @param progress receives each step as a message key and arguments, on the calling thread; the caller words it
     */
    public ExportResult export(ExportRequest request, Consumer<ExportProgress> progress) throws ExportException {
        String date = LocalDate.now().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(request.lang().equals("en") ? Locale.UK : Locale.forLanguageTag(request.lang())));
        progress.accept(ExportProgress.of(ExportProgress.RESOLVING, request.content().chapters().size()));
        DocumentBuilder.Result built = new DocumentBuilder().build(request.content(), request.lang(), date);
        Document doc = built.document();
        String exportId = "mp-" + UUID.randomUUID();
        String base = slug(request.content().meta().title()) + "-" + request.lang();
        try {
            Files.createDirectories(request.outDir());
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new ExportException("Cannot create the folder " + request.outDir() + ": a file of that name is in "
                    + "the way. Choose another folder for the drafts.", e);
        } catch (IOException e) {
            throw new ExportException("Cannot create the folder " + request.outDir() + ": " + e.getMessage(), e);
        }
        Path docx = request.outDir().resolve(base + ".docx");
        long charts = doc.blocks().stream().filter(b -> b instanceof Block.ChartBlock).count();
        progress.accept(ExportProgress.of(ExportProgress.WRITING_DOCX, docx.getFileName().toString(),
                doc.blocks().size(), charts));
        Map<ChartData, byte[]> images = renderCharts(doc);
        DocxResult written = new DocxWriter(request.referenceDocx().orElse(null),
                data -> images.computeIfAbsent(data, this::png))
                .write(doc, new DocxOptions(request.watermark(), exportId, date), docx, progress);
        List<ExportProgress> failed = new ArrayList<>();
        Optional<Path> pdf = Optional.empty();
        if (request.formats().contains(ExportRequest.Format.PDF)) {
            pdf = pdf(docx, request, progress, failed);
        }
        ExportManifest manifest = manifest(exportId, docx, request, doc, written);
        return new ExportResult(Optional.of(docx), pdf, manifest, built.problems(), failed);
    }

    /** Draws every chart up front on all cores: charts are the slowest part of a DOCX export. */
    private Map<ChartData, byte[]> renderCharts(Document doc) {
        Map<ChartData, byte[]> images = new ConcurrentHashMap<>();
        doc.blocks().parallelStream().filter(b -> b instanceof Block.ChartBlock)
                .map(b -> ((Block.ChartBlock) b).data()).distinct()
                .forEach(data -> images.put(data, png(data)));
        return images;
    }

    private byte[] png(ChartData data) {
        return charts.png(data, 16, 9, 300, false);
    }

    private static Optional<Path> pdf(Path docx, ExportRequest request, Consumer<ExportProgress> progress,
                                      List<ExportProgress> failed) {
        // a program the user named is used as it is: if it is wrong, they should hear so, not get another one
        Optional<Path> soffice = request.soffice().isPresent() ? request.soffice()
                : PdfConverter.findSoffice(Optional.empty());
        if (soffice.isEmpty()) {
            failed.add(PdfConverter.missing());
            return Optional.empty();
        }
        Path pdf = docx.resolveSibling(docx.getFileName().toString().replaceAll("\\.docx$", ".pdf"));
        try {
            new PdfConverter(soffice.get(), null, PDF_TIMEOUT).convert(docx, pdf, progress);
            return Optional.of(pdf);
        } catch (PdfException e) {
            failed.add(ExportProgress.of(ExportProgress.FAILED_PDF, e.reason()));
            return Optional.empty();
        }
    }

    private static ExportManifest manifest(String exportId, Path docx, ExportRequest request, Document doc,
                                           DocxResult written) {
        List<ExportManifest.Entry> entries = new ArrayList<>();
        for (Block b : doc.blocks()) {
            String chapter = b.span().chapterId();
            entries.add(new ExportManifest.Entry(b.id(), written.bookmarkByBlockId().getOrDefault(b.id(), ""),
                    chapter, request.revisions().getOrDefault(chapter, 0L),
                    written.textByBlockId().getOrDefault(b.id(), "")));
        }
        String formats = request.formats().stream().map(f -> f.name().toLowerCase(Locale.ROOT)).sorted()
                .reduce((a, b) -> a + "," + b).orElse("");
        return new ExportManifest(exportId, Instant.now().toString(), docx.getFileName().toString(), formats,
                request.lang(), entries);
    }

    /** "Viet Nam Migration Profile" -> "viet-nam-migration-profile". */
    static String slug(String title) {
        String ascii = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        String s = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "profile" : s;
    }
}
