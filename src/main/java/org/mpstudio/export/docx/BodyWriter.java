package org.mpstudio.export.docx;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.mpstudio.export.ExportException;
import org.mpstudio.export.ExportProgress;
import org.mpstudio.model.doc.Block;
import org.mpstudio.model.doc.Inline;

import java.math.BigInteger;
import java.util.function.Consumer;

/**
 * The body: every block in reading order, each through its writer, wide tables in landscape sections (consecutive
 * wide tables share one), then the sources list and the hidden last-page bookmark the footer counts to. Reports
 * each chapter heading to {@code progress}.
 */
final class BodyWriter {

    private BodyWriter() {
    }

    static void write(DocxContext ctx, SectionWriter sections, Consumer<ExportProgress> progress) throws ExportException {
        ListNumbering numbering = new ListNumbering(ctx.docx);
        boolean landscape = false;
        boolean restart = true;
        boolean started = false;
        for (Block b : ctx.doc.blocks()) {
            boolean wide = b instanceof Block.TableBlock t && t.isWide();
            if (wide != landscape) {
                if (started) {
                    sections.end(SectionWriter.Part.BODY, landscape, restart);
                    restart = false;
                }
                landscape = wide;
            }
            started = true;
            if (b instanceof Block.Heading h) {
                if (h.level() == 1) {
                    progress.accept(ExportProgress.of(ExportProgress.CHAPTER,
                            Scripts.nfc((h.number() + " " + Inline.plain(h.text())).strip())));
                }
                HeadingWriter.write(ctx, h);
            } else if (b instanceof Block.Paragraph p) {
                ParagraphWriter.write(ctx, p);
            } else if (b instanceof Block.Quote q) {
                ParagraphWriter.write(ctx, q);
            } else if (b instanceof Block.ListBlock l) {
                ListWriter.write(ctx, numbering, l);
            } else if (b instanceof Block.ChartBlock c) {
                ChartWriter.write(ctx, c);
            } else if (b instanceof Block.TableBlock t) {
                TableWriter.write(ctx, t, wide);
            }
        }
        if (!ctx.doc.sources().isEmpty()) {
            if (landscape) {
                sections.end(SectionWriter.Part.BODY, true, restart);
                restart = false;
                landscape = false;
            }
            SourcesWriter.write(ctx);
        }
        XWPFParagraph last = ctx.sectionEnd();
        BigInteger mark = ctx.bookmarks.start(last, HeaderFooterWriter.LAST_PAGE);
        ctx.bookmarks.end(last, mark);
        sections.finish(SectionWriter.Part.BODY, landscape, restart);
    }
}
