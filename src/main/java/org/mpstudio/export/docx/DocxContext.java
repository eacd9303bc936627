package org.mpstudio.export.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.mpstudio.model.doc.Block;
import org.mpstudio.model.doc.ChartData;
import org.mpstudio.model.doc.Document;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What the writers of one export share: the POI document being filled, the resolved document, bookmark names, the
 * page geometry read from the reference, and the manifest maps being collected. One per {@code write}; not
 * thread-safe.
 */
final class DocxContext {

    final XWPFDocument docx;
    final Document doc;
    final DocxOptions options;
    final Path out;
    final PageGeometry page;
    final Function<ChartData, byte[]> chartPng;
    final BookmarkNames names = new BookmarkNames();
    final BookmarkWriter bookmarks = new BookmarkWriter();
    final Map<String, String> bookmarkByBlockId = new LinkedHashMap<>();
    final Map<String, String> textByBlockId = new LinkedHashMap<>();
    /** The text inside each referenceable block's hidden {@code _Ref} bookmark: "Figure 3.2", "2.1". */
    final Map<String, String> referenceText = new HashMap<>();
    final InlineWriter inlines;
    private final Set<String> blockIds = new HashSet<>();
    private XWPFParagraph lastParagraph;
    private boolean endsWithBlock;

    DocxContext(XWPFDocument docx, Document doc, DocxOptions options, Path out, PageGeometry page,
                Function<ChartData, byte[]> chartPng) {
        this.docx = docx;
        this.doc = doc;
        this.options = options;
        this.out = out;
        this.page = page;
        this.chartPng = chartPng;
        this.inlines = new InlineWriter(this);
        for (Block b : doc.blocks()) {
            blockIds.add(b.id());
            if (b instanceof Block.Heading h && !h.number().isEmpty()) {
                referenceText.put(h.id(), Scripts.nfc(h.number()));
            } else if (b instanceof Block.ChartBlock c) {
                referenceText.put(c.id(), Scripts.nfc(word("word.figure") + " " + c.number()));
            } else if (b instanceof Block.TableBlock t) {
                referenceText.put(t.id(), Scripts.nfc(word("word.table") + " " + t.number()));
            }
        }
    }

    /** A new body paragraph with {@code style} at the end of the document. */
    XWPFParagraph paragraph(String style) {
        XWPFParagraph p = docx.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        lastParagraph = p;
        endsWithBlock = false;
        return p;
    }

    /** Notes that the body now ends with something other than a paragraph (a table, a content control). */
    void blockWritten() {
        endsWithBlock = true;
    }

    /** A new body table at the end of the document (see {@link TableWriter}). */
    XWPFTable table(int rows, int cols) {
        XWPFTable t = docx.createTable(rows, cols);
        endsWithBlock = true;
        return t;
    }

    /**
     * The paragraph that ends the current section: the last one written, or a new empty one if the body so far
     * ends with a table (a section break must sit in a paragraph).
     */
    XWPFParagraph sectionEnd() {
        return lastParagraph == null || endsWithBlock ? paragraph(null) : lastParagraph;
    }

    boolean hasBlock(String id) {
        return blockIds.contains(id);
    }

    String word(String key) {
        return Scripts.nfc(doc.word(key));
    }

    /** The document language as a Word language tag: en-GB, vi-VN, lo-LA (others as given). */
    String languageTag() {
        String lang = doc.meta().lang() == null ? "en" : doc.meta().lang();
        return switch (lang) {
            case "en" -> "en-GB";
            case "vi" -> "vi-VN";
            case "lo" -> "lo-LA";
            default -> lang;
        };
    }

    boolean lao() {
        return "lo".equals(doc.meta().lang());
    }

    /** Records a block's bookmark and its text as written, for {@link DocxResult}. */
    void record(String blockId, String bookmark, String text) {
        bookmarkByBlockId.put(blockId, bookmark);
        textByBlockId.put(blockId, text);
    }
}
