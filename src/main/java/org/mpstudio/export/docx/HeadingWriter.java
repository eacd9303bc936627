package org.mpstudio.export.docx;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.mpstudio.model.doc.Block;
import org.mpstudio.model.doc.Inline;

import java.math.BigInteger;
import java.util.List;

/**
 * A heading: style {@code Heading1}..{@code Heading4} (outline level, keep-with-next and, for chapters, the page
 * break come from the style), then the number, a tab and the text. The number sits in a hidden {@code _Ref}
 * bookmark that "section 2.1" cross-references show.
 */
final class HeadingWriter {

    private HeadingWriter() {
    }

    static void write(DocxContext ctx, Block.Heading h) {
        write(ctx, h.id(), h.level(), h.number(), h.text(), true);
    }

    /** Also used for the unnumbered "Sources" heading, which is no block of the document ({@code block} false). */
    static XWPFParagraph write(DocxContext ctx, String id, int level, String number, List<Inline> text,
                               boolean block) {
        XWPFParagraph p = ctx.paragraph(style(level));
        String name = ctx.names.block(id);
        BigInteger mark = ctx.bookmarks.start(p, name);
        StringBuilder written = new StringBuilder();
        String nfcNumber = Scripts.nfc(number);
        if (!nfcNumber.isEmpty()) {
            BigInteger ref = ctx.bookmarks.start(p, ctx.names.reference(id));
            ctx.inlines.run(p, nfcNumber, null);
            ctx.bookmarks.end(p, ref);
            ctx.inlines.run(p, "\t", null);
            written.append(nfcNumber).append('\t');
        }
        written.append(ctx.inlines.write(p, text));
        ctx.bookmarks.end(p, mark);
        if (block) {
            ctx.record(id, name, written.toString());
        }
        return p;
    }

    static String style(int level) {
        return "Heading" + Math.max(1, Math.min(4, level));
    }
}
