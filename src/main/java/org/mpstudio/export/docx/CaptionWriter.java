package org.mpstudio.export.docx;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import java.math.BigInteger;

/**
 * Captions above charts and tables, style {@code Caption} (keep with next): "Figure 3.2: Title". The number is the
 * literal chapter prefix "3." then a {@code SEQ Figure \r 2} field whose cached result is "2", so a field update in
 * Word keeps "3.2" and the lists of figures and tables ({@code TOC \c "Figure"}) find every caption. A number whose
 * last part is not an integer ("A.b") is written literally with a hidden SEQ field. The block's bookmark starts
 * here; "Figure 3.2" also sits in the hidden {@code _Ref} bookmark that cross-references point to.
 */
final class CaptionWriter {

    static final String STYLE = "Caption";
    static final String SOURCE_NOTE = "SourceNote";

    /** The caption paragraph, the open block bookmark (close it with {@link #close}) and the caption text. */
    record Caption(XWPFParagraph paragraph, String bookmark, BigInteger mark, String text) {
    }

    private CaptionWriter() {
    }

    /** {@code sequence} is the SEQ identifier, "Figure" or "Table" (never translated: TOC \c refers to it). */
    static Caption write(DocxContext ctx, String blockId, String sequence, String label, String number,
                         String title) {
        XWPFParagraph p = ctx.paragraph(STYLE);
        String name = ctx.names.block(blockId);
        BigInteger mark = ctx.bookmarks.start(p, name);
        BigInteger ref = ctx.bookmarks.start(p, ctx.names.reference(blockId));
        String num = Scripts.nfc(number);
        int dot = num.lastIndexOf('.');
        String prefix = num.substring(0, dot + 1);
        String last = num.substring(dot + 1);
        boolean counted = !last.isEmpty() && last.chars().allMatch(c -> c >= '0' && c <= '9');
        ctx.inlines.run(p, label + " " + (counted ? prefix : num), null);
        if (counted) {
            FieldWriter.field(ctx, p::createRun, "SEQ " + sequence + " \\r " + Integer.parseInt(last) + " \\* ARABIC", last,
                    null);
        } else {
            FieldWriter.field(ctx, p::createRun, "SEQ " + sequence + " \\h", "", null);
        }
        ctx.bookmarks.end(p, ref);
        String rest = ": " + Scripts.nfc(title);
        ctx.inlines.run(p, rest, null);
        return new Caption(p, name, mark, label + " " + num + rest);
    }

    /**
     * The source line under a chart or table, style {@code SourceNote}: "Source: ..." and, on a new line,
     * "Note: ...". Returns the text written, or null (and no paragraph) when there is neither.
     */
    static XWPFParagraph sourceNote(DocxContext ctx, String source, String note, StringBuilder written) {
        String s = Scripts.nfc(source).strip();
        String n = Scripts.nfc(note).strip();
        if (s.isEmpty() && n.isEmpty()) {
            return null;
        }
        XWPFParagraph p = ctx.paragraph(SOURCE_NOTE);
        String text = s.isEmpty() ? "" : ctx.word("word.source") + ": " + s;
        if (!n.isEmpty()) {
            text += (text.isEmpty() ? "" : "\n") + ctx.word("word.note") + ": " + n;
        }
        ctx.inlines.run(p, text, null);
        written.append(text);
        return p;
    }

    /** Ends the block bookmark in {@code last} and records the block's text. */
    static void close(DocxContext ctx, String blockId, Caption caption, XWPFParagraph last, String text) {
        ctx.bookmarks.end(last, caption.mark());
        ctx.record(blockId, caption.bookmark(), text);
    }
}
