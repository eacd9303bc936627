package org.mpstudio.export.docx;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;

import java.math.BigInteger;

/**
 * Writes bookmark starts and ends into paragraphs at the current end of their content, with ids unique in the
 * document. A bookmark may start in one paragraph and end in a later one (a caption, its chart and its source note).
 */
final class BookmarkWriter {

    private long next;

    /** Starts bookmark {@code name} after what {@code p} holds so far; returns its id for {@link #end}. */
    BigInteger start(XWPFParagraph p, String name) {
        BigInteger id = BigInteger.valueOf(next++);
        CTBookmark b = p.getCTP().addNewBookmarkStart();
        b.setName(name);
        b.setId(id);
        return id;
    }

    /** Ends bookmark {@code id} after what {@code p} holds so far. */
    void end(XWPFParagraph p, BigInteger id) {
        p.getCTP().addNewBookmarkEnd().setId(id);
    }
}
