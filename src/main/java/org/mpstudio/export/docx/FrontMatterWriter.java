package org.mpstudio.export.docx;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.mpstudio.model.doc.Block;
import org.mpstudio.model.doc.Inline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtContentBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtDocPart;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtPr;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The front matter after the cover: the table of contents (a TOC field with switches o "1-3", h, z and u, in a
 * content control of the "Table of Contents" gallery, as Word makes it), the list of figures ({@code TOC \h \z \c "Figure"}) and of
 * tables ({@code TOC \h \z \c "Table"}). Each field carries its entries as cached result (entry text linked to the
 * target's bookmark and a PAGEREF whose page is left empty, with no tab and so no dot leader: pages are only known
 * after layout, and a guessed page number would mislead), so the
 * draft reads right before any refresh; {@code w:updateFields} in settings asks Word to refresh on opening. Lists
 * with no entries are left out. Titles use style {@code TOCHeading} (not in the contents, new page).
 */
final class FrontMatterWriter {

    static final String HEADING = "TOCHeading";
    static final String FIGURES_STYLE = "TableofFigures";
    /** Id of the Sources heading, which is not a block of the document. */
    static final String SOURCES_ID = "mpstudio:sources";

    /** One cached entry: paragraph style, bookmark to link to, text. */
    record Entry(String style, String bookmark, String text) {
    }

    private FrontMatterWriter() {
    }

    static void write(DocxContext ctx) {
        List<Entry> contents = new ArrayList<>();
        List<Entry> figures = new ArrayList<>();
        List<Entry> tables = new ArrayList<>();
        for (Block b : ctx.doc.blocks()) {
            if (b instanceof Block.Heading h && h.level() <= 3) {
                String number = Scripts.nfc(h.number());
                String text = Scripts.nfc(Inline.plain(h.text()));
                contents.add(new Entry("TOC" + h.level(), ctx.names.block(h.id()),
                        number.isEmpty() ? text : number + "\t" + text));
            } else if (b instanceof Block.ChartBlock c) {
                figures.add(new Entry(FIGURES_STYLE, ctx.names.block(c.id()),
                        ctx.word("word.figure") + " " + Scripts.nfc(c.number()) + ": " + Scripts.nfc(c.title())));
            } else if (b instanceof Block.TableBlock t) {
                tables.add(new Entry(FIGURES_STYLE, ctx.names.block(t.id()),
                        ctx.word("word.table") + " " + Scripts.nfc(t.number()) + ": " + Scripts.nfc(t.title())));
            }
        }
        if (!ctx.doc.sources().isEmpty()) {
            contents.add(new Entry("TOC1", ctx.names.block(SOURCES_ID), ctx.word("word.sources")));
        }
        contents(ctx, contents);
        if (!figures.isEmpty()) {
            ctx.inlines.run(ctx.paragraph(HEADING), ctx.word("word.listOfFigures"), null);
            field(ctx, "TOC \\h \\z \\c \"Figure\"", figures, () -> ctx.paragraph(null));
        }
        if (!tables.isEmpty()) {
            ctx.inlines.run(ctx.paragraph(HEADING), ctx.word("word.listOfTables"), null);
            field(ctx, "TOC \\h \\z \\c \"Table\"", tables, () -> ctx.paragraph(null));
        }
    }

    private static void contents(DocxContext ctx, List<Entry> entries) {
        CTSdtBlock sdt = ctx.docx.getDocument().getBody().addNewSdt();
        ctx.blockWritten();
        CTSdtPr pr = sdt.addNewSdtPr();
        pr.addNewId().setVal(BigInteger.valueOf(1_000_001));
        CTSdtDocPart part = pr.addNewDocPartObj();
        part.addNewDocPartGallery().setVal("Table of Contents");
        part.addNewDocPartUnique();
        CTSdtContentBlock content = sdt.addNewSdtContent();
        Supplier<XWPFParagraph> paragraphs = () -> new XWPFParagraph(content.addNewP(), ctx.docx);
        XWPFParagraph title = paragraphs.get();
        title.setStyle(HEADING);
        ctx.inlines.run(title, ctx.word("word.contents"), null);
        field(ctx, "TOC \\o \"1-3\" \\h \\z \\u", entries, paragraphs);
    }

    /** The field with its cached entries, one paragraph each; with no entries, the refresh hint. */
    private static void field(DocxContext ctx, String instruction, List<Entry> entries,
                              Supplier<XWPFParagraph> paragraphs) {
        XWPFParagraph p = null;
        for (int i = 0; i < Math.max(1, entries.size()); i++) {
            p = paragraphs.get();
            if (i == 0) {
                FieldWriter.begin(p::createRun, instruction, null);
            }
            if (entries.isEmpty()) {
                ctx.inlines.run(p, ctx.word("word.tocPlaceholder"), null);
                continue;
            }
            Entry e = entries.get(i);
            p.setStyle(e.style());
            CTHyperlink link = p.getCTP().addNewHyperlink();
            link.setAnchor(e.bookmark());
            Supplier<XWPFRun> runs = InlineWriter.in(p, link);
            // no tab before the empty page number: dot leaders running to nothing read as broken
            ctx.inlines.run(runs, e.text(), null);
            FieldWriter.field(ctx, runs, "PAGEREF " + e.bookmark() + " \\h", "", null);
        }
        FieldWriter.end(p::createRun, null);
    }
}
