package org.mpstudio.export.docx;

import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.mpstudio.model.doc.Document;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;

import java.math.BigInteger;
import java.util.List;

/**
 * The list of acronyms: a {@code TOCHeading} title and a two-column table without rules (acronym in bold, then its
 * expansion, style {@code AcronymList}), a quarter and three quarters of the text width. Left out when the document
 * has no acronyms.
 */
final class AcronymsWriter {

    static final String STYLE = "AcronymList";

    private AcronymsWriter() {
    }

    static void write(DocxContext ctx) {
        List<Document.Acronym> acronyms = ctx.doc.acronyms();
        if (acronyms.isEmpty()) {
            return;
        }
        ctx.inlines.run(ctx.paragraph(FrontMatterWriter.HEADING), ctx.word("word.acronyms"), null);
        XWPFTable t = ctx.table(acronyms.size(), 2);
        long width = ctx.page.textWidth(false);
        long first = width / 4;
        t.setWidthType(TableWidthType.DXA);
        t.setWidth(Long.toString(width));
        t.removeBorders();
        t.setTopBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        t.setBottomBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        t.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        t.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        t.setInsideHBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        t.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        t.setCellMargins(0, 0, 0, 113);
        CTTblGrid grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        grid.addNewGridCol().setW(BigInteger.valueOf(first));
        grid.addNewGridCol().setW(BigInteger.valueOf(width - first));
        for (int i = 0; i < acronyms.size(); i++) {
            XWPFTableRow row = t.getRow(i);
            row.setCantSplitRow(true);
            row.getCell(0).setWidth(Long.toString(first));
            row.getCell(1).setWidth(Long.toString(width - first));
            XWPFParagraph a = row.getCell(0).getParagraphs().get(0);
            a.setStyle(STYLE);
            ctx.inlines.run(a, acronyms.get(i).acronym(), null).setBold(true);
            XWPFParagraph e = row.getCell(1).getParagraphs().get(0);
            e.setStyle(STYLE);
            ctx.inlines.run(e, acronyms.get(i).expansion(), null);
        }
    }
}
