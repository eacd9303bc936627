package org.mpstudio.export.docx;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.mpstudio.model.doc.Block;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A data table: caption above, then the table over the full text width (portrait or landscape), cells in style
 * {@code TableText}, the header row in {@code TableHeading} and repeated on every page ({@code w:tblHeader}), no
 * row split across pages ({@code w:cantSplit}), numeric columns right-aligned, and only thin horizontal rules
 * (above and below the header, below the table); then the source note. One bookmark spans it all.
 */
final class TableWriter {

    static final String TEXT = "TableText";
    static final String HEADING = "TableHeading";
    private static final String RULE_COLOUR = "404040";

    private TableWriter() {
    }

    static void write(DocxContext ctx, Block.TableBlock b, boolean landscape) {
        CaptionWriter.Caption caption = CaptionWriter.write(ctx, b.id(), "Table", ctx.word("word.table"),
                b.number(), b.title());
        int cols = Math.max(1, b.header().size());
        XWPFTable t = ctx.table(b.rows().size() + 1, cols);
        layout(ctx, t, b, cols, landscape);
        List<String> texts = new ArrayList<>();
        texts.add(caption.text());
        XWPFParagraph last = null;
        for (int r = 0; r <= b.rows().size(); r++) {
            XWPFTableRow row = t.getRow(r);
            row.setCantSplitRow(true);
            if (r == 0) {
                row.setRepeatHeader(true);
            }
            List<String> cells = r == 0 ? b.header() : b.rows().get(r - 1);
            for (int c = 0; c < cols; c++) {
                XWPFTableCell cell = row.getCell(c);
                XWPFParagraph p = cell.getParagraphs().get(0);
                p.setStyle(r == 0 ? HEADING : TEXT);
                if (numeric(b, c)) {
                    p.setAlignment(ParagraphAlignment.RIGHT);
                }
                String text = c < cells.size() ? Scripts.nfc(cells.get(c)) : "";
                if (!text.isEmpty()) {
                    ctx.inlines.run(p, text, null);
                }
                texts.add(text);
                if (r == 0) {
                    rule(cell, RULE_COLOUR);
                }
                last = p;
            }
        }
        StringBuilder source = new StringBuilder();
        XWPFParagraph note = CaptionWriter.sourceNote(ctx, b.source(), b.note(), source);
        if (note != null) {
            texts.add(source.toString());
        }
        CaptionWriter.close(ctx, b.id(), caption, note == null ? last : note, String.join("\n", texts));
    }

    private static void layout(DocxContext ctx, XWPFTable t, Block.TableBlock b, int cols, boolean landscape) {
        long width = ctx.page.textWidth(landscape);
        t.setWidthType(TableWidthType.DXA);
        t.setWidth(Long.toString(width));
        CTTblPr pr = t.getCTTbl().getTblPr();
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        t.removeBorders();
        t.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 6, 0, RULE_COLOUR);
        t.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 6, 0, RULE_COLOUR);
        t.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        t.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        t.setInsideHBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        t.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        t.setCellMargins(28, 85, 28, 85);
        long[] widths = columnWidths(b, cols, width);
        CTTblGrid grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (long w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (XWPFTableRow row : t.getRows()) {
            for (int c = 0; c < cols; c++) {
                CTTcPr tc = row.getCell(c).getCTTc().isSetTcPr() ? row.getCell(c).getCTTc().getTcPr()
                        : row.getCell(c).getCTTc().addNewTcPr();
                var tcw = tc.isSetTcW() ? tc.getTcW() : tc.addNewTcW();
                tcw.setType(STTblWidth.DXA);
                tcw.setW(BigInteger.valueOf(widths[c]));
            }
        }
    }

    /**
     * Column widths in twips summing to {@code total}: proportional to the longest cell (or longest header word,
     * since headers wrap), at least 5 characters; the label column is not squeezed below a third on narrow tables.
     */
    static long[] columnWidths(Block.TableBlock b, int cols, long total) {
        double[] weight = new double[cols];
        for (int c = 0; c < cols; c++) {
            double w = 5;
            if (c < b.header().size()) {
                for (String word : b.header().get(c).split("\\s+")) {
                    w = Math.max(w, word.length());
                }
                w = Math.max(w, Math.min(b.header().get(c).length(), 14));
            }
            for (List<String> row : b.rows()) {
                if (c < row.size()) {
                    w = Math.max(w, Math.min(row.get(c).length(), 40));
                }
            }
            weight[c] = w;
        }
        // numeric columns share one width, so figures line up as a grid
        double numericWidth = 0;
        for (int c = 0; c < cols; c++) {
            if (numeric(b, c)) {
                numericWidth = Math.max(numericWidth, weight[c]);
            }
        }
        for (int c = 0; c < cols; c++) {
            if (numeric(b, c)) {
                weight[c] = numericWidth;
            }
        }
        double sum = 0;
        for (double w : weight) {
            sum += w;
        }
        long[] out = new long[cols];
        long used = 0;
        for (int c = 0; c < cols; c++) {
            out[c] = Math.round(total * weight[c] / sum);
            used += out[c];
        }
        out[0] += total - used;
        return out;
    }

    private static boolean numeric(Block.TableBlock b, int c) {
        return c < b.numeric().size() && Boolean.TRUE.equals(b.numeric().get(c));
    }

    private static void rule(XWPFTableCell cell, String colour) {
        CTTcPr tc = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        CTBorder bottom = (tc.isSetTcBorders() ? tc.getTcBorders() : tc.addNewTcBorders()).addNewBottom();
        bottom.setVal(STBorder.SINGLE);
        bottom.setSz(BigInteger.valueOf(4));
        bottom.setSpace(BigInteger.ZERO);
        bottom.setColor(colour);
    }
}
