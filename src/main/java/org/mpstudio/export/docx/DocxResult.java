package org.mpstudio.export.docx;

import java.util.Map;

/**
 * For the export manifest: for every block id, the bookmark name used in the DOCX, and the block's plain text as
 * written (the texts of the block's paragraphs in reading order, table cells included, joined by {@code \n}; tabs
 * and line breaks as {@code \t} and {@code \n}; field results included, field codes not).
 */
public record DocxResult(Map<String, String> bookmarkByBlockId, Map<String, String> textByBlockId) {

    public DocxResult {
        bookmarkByBlockId = Map.copyOf(bookmarkByBlockId);
        textByBlockId = Map.copyOf(textByBlockId);
    }
}
