package org.mpstudio.export.docx;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STSectionMark;

import java.math.BigInteger;

/**
 * Section breaks. A section's properties ({@code w:sectPr}) sit in the last paragraph of the section, the last
 * section's in the body. Sections: the cover (no page number), the front matter (roman, from i), the body (arabic,
 * restarting at 1), and a landscape section around each run of wide tables, which continues the numbering and uses
 * the same header and footer, the page size swapped; the section after it is portrait again. Every section starts
 * on a new page and names its header and footer explicitly (nothing is inherited by accident).
 */
final class SectionWriter {

    /** Which part of the document a section belongs to: decides header, footer and page numbers. */
    enum Part { COVER, FRONT, BODY }

    private final DocxContext ctx;
    private final HeaderFooterWriter.Parts parts;

    SectionWriter(DocxContext ctx, HeaderFooterWriter.Parts parts) {
        this.ctx = ctx;
        this.parts = parts;
    }

    /** Ends the current section after what has been written so far. */
    void end(Part part, boolean landscape, boolean restart) {
        XWPFParagraph p = ctx.sectionEnd();
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        fill(ppr.isSetSectPr() ? ppr.getSectPr() : ppr.addNewSectPr(), part, landscape, restart);
    }

    /** Sets the properties of the document's last section. */
    void finish(Part part, boolean landscape, boolean restart) {
        CTBody body = ctx.docx.getDocument().getBody();
        if (body.isSetSectPr()) {
            body.unsetSectPr();
        }
        fill(body.addNewSectPr(), part, landscape, restart);
    }

    private void fill(CTSectPr s, Part part, boolean landscape, boolean restart) {
        String header = part == Part.COVER ? parts.coverHeader() : parts.header();
        if (header != null) {
            reference(s.addNewHeaderReference(), header);
        }
        if (part != Part.COVER) {
            reference(s.addNewFooterReference(), part == Part.FRONT ? parts.frontFooter() : parts.bodyFooter());
        }
        s.addNewType().setVal(STSectionMark.NEXT_PAGE);
        PageGeometry g = ctx.page;
        CTPageSz size = s.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? g.height() : g.width()));
        size.setH(BigInteger.valueOf(landscape ? g.width() : g.height()));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar mar = s.addNewPgMar();
        mar.setTop(BigInteger.valueOf(g.top()));
        mar.setRight(BigInteger.valueOf(g.right()));
        mar.setBottom(BigInteger.valueOf(g.bottom()));
        mar.setLeft(BigInteger.valueOf(g.left()));
        mar.setHeader(BigInteger.valueOf(g.header()));
        mar.setFooter(BigInteger.valueOf(g.footer()));
        mar.setGutter(BigInteger.ZERO);
        CTPageNumber numbers = s.addNewPgNumType();
        numbers.setFmt(part == Part.FRONT ? STNumberFormat.LOWER_ROMAN : STNumberFormat.DECIMAL);
        if (part != Part.BODY || restart) {
            numbers.setStart(BigInteger.ONE);
        }
    }

    private static void reference(CTHdrFtrRef ref, String relationId) {
        ref.setType(STHdrFtr.DEFAULT);
        ref.setId(relationId);
    }
}
