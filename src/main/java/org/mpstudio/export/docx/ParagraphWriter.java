package org.mpstudio.export.docx;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.mpstudio.model.doc.Block;
import org.mpstudio.model.doc.Inline;

import java.math.BigInteger;
import java.util.List;

/** Paragraphs (style {@code Normal}) and block quotations (style {@code Quote}), each inside its bookmark. */
final class ParagraphWriter {

    static final String NORMAL = "Normal";
    static final String QUOTE = "Quote";

    private ParagraphWriter() {
    }

    static void write(DocxContext ctx, Block.Paragraph b) {
        write(ctx, b.id(), NORMAL, b.runs());
    }

    static void write(DocxContext ctx, Block.Quote b) {
        write(ctx, b.id(), QUOTE, b.runs());
    }

    private static void write(DocxContext ctx, String id, String style, List<Inline> runs) {
        XWPFParagraph p = ctx.paragraph(style);
        String name = ctx.names.block(id);
        BigInteger mark = ctx.bookmarks.start(p, name);
        String written = ctx.inlines.write(p, runs);
        ctx.bookmarks.end(p, mark);
        ctx.record(id, name, written);
    }
}
