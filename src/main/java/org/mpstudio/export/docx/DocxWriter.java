package org.mpstudio.export.docx;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.mpstudio.export.ExportException;
import org.mpstudio.export.ExportProgress;
import org.mpstudio.model.doc.ChartData;
import org.mpstudio.model.doc.Document;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Writes the resolved document as the Word draft: cover, front matter (contents, lists of figures and tables,
 * acronyms) with roman page numbers, the body from page 1 (wide tables in landscape sections), the sources list;
 * header with the title, "Page X of Y" footer, optional DRAFT watermark; a bookmark around every block, the export
 * id as a custom property. All formatting comes from the styles of the reference.docx. Stateless between calls;
 * one instance may write several documents, one at a time per thread.
 */
public final class DocxWriter {

    /** Name of the custom document property holding the export id. */
    public static final String EXPORT_ID_PROPERTY = "mpstudio.exportId";

    private static final System.Logger LOG = System.getLogger(DocxWriter.class.getName());

    private final Path referenceDocx;
    private final Function<ChartData, byte[]> chartPng;

    /**
     * @param referenceDocx the template set's reference.docx holding the styles; null for the bundled default
     * @param chartPng      renders a chart to PNG bytes (e.g. {@code ChartRenderer().png(data, 16, 9, 300, false)})
     */
    public DocxWriter(Path referenceDocx, Function<ChartData, byte[]> chartPng) {
        this.referenceDocx = referenceDocx;
        this.chartPng = Objects.requireNonNull(chartPng, "chartPng");
    }

    /**
     * Writes {@code doc} to {@code out} (replaced if it exists; written to a temporary file next to it first, so a
     * failed export leaves any earlier draft intact).
     *
     * @param progress receives the chapter headings as they are written, then the file name being saved; called on
     *                 this thread (may be null)
     * @return the bookmark and text of every block, for the export manifest
     * @throws ExportException naming the file and what to do, if the reference, a chart or the output fails
     */
    public DocxResult write(Document doc, DocxOptions options, Path out, Consumer<ExportProgress> progress)
            throws ExportException {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(out, "out");
        DocxOptions opts = options == null ? new DocxOptions(false, null, null) : options;
        Consumer<ExportProgress> report = progress == null ? s -> { } : progress;
        try (XWPFDocument docx = ReferenceTemplate.open(referenceDocx)) {
            PageGeometry page = ReferenceTemplate.geometry(docx);
            ReferenceTemplate.clearBody(docx);
            DocxContext ctx = new DocxContext(docx, doc, opts, out, page, chartPng);
            properties(ctx);
            SectionWriter sections = new SectionWriter(ctx, HeaderFooterWriter.write(ctx));
            CoverWriter.write(ctx);
            sections.end(SectionWriter.Part.COVER, false, true);
            FrontMatterWriter.write(ctx);
            AcronymsWriter.write(ctx);
            sections.end(SectionWriter.Part.FRONT, false, true);
            BodyWriter.write(ctx, sections, report);
            report.accept(ExportProgress.of(ExportProgress.SAVING_DOCX, out.getFileName().toString()));
            save(docx, out);
            LOG.log(System.Logger.Level.DEBUG, "wrote {0}: {1} blocks", out, ctx.bookmarkByBlockId.size());
            return new DocxResult(ctx.bookmarkByBlockId, ctx.textByBlockId);
        } catch (IOException e) {
            throw new ExportException(out + ": could not write the Word draft (" + e.getMessage() + ").", e);
        }
    }

    /** Title, export id, refresh-fields-on-open, and the document language as the default of every run. */
    private static void properties(DocxContext ctx) {
        POIXMLProperties props = ctx.docx.getProperties();
        props.getCoreProperties().setTitle(Scripts.nfc(ctx.doc.meta().title()));
        String id = ctx.options.exportId();
        if (id != null && !id.isBlank()) {
            POIXMLProperties.CustomProperties custom = props.getCustomProperties();
            if (custom.contains(EXPORT_ID_PROPERTY)) {
                custom.getProperty(EXPORT_ID_PROPERTY).setLpwstr(id);
            } else {
                custom.addProperty(EXPORT_ID_PROPERTY, id);
            }
        }
        ctx.docx.enforceUpdateFields();
        CTStyles styles = ctx.docx.getStyles() == null ? null : ctx.docx.getStyles().getCtStyles();
        if (styles != null) {
            CTDocDefaults defaults = styles.isSetDocDefaults() ? styles.getDocDefaults() : styles.addNewDocDefaults();
            var rprDefault = defaults.isSetRPrDefault() ? defaults.getRPrDefault() : defaults.addNewRPrDefault();
            CTRPr rpr = rprDefault.isSetRPr() ? rprDefault.getRPr() : rprDefault.addNewRPr();
            CTLanguage lang = rpr.sizeOfLangArray() > 0 ? rpr.getLangArray(0) : rpr.addNewLang();
            lang.setVal(ctx.languageTag());
            if (ctx.lao()) {
                lang.setBidi("lo-LA");
            }
        }
    }

    private static void save(XWPFDocument docx, Path out) throws ExportException {
        Path dir = out.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            // a sibling file with ordinary permissions (createTempFile would make it private to the user)
            tmp = dir.resolve("." + out.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            try (OutputStream os = Files.newOutputStream(tmp)) {
                docx.write(os);
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new ExportException(out + ": could not save the Word draft (" + e.getMessage()
                    + "); if it is open in Word, close it and export again.", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    LOG.log(System.Logger.Level.DEBUG, "could not remove {0}", tmp);
                }
            }
        }
    }
}
