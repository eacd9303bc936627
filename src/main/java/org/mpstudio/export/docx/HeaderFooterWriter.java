package org.mpstudio.export.docx;

import org.apache.poi.xwpf.usermodel.XWPFFactory;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.mpstudio.export.ExportException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtr;

/**
 * The header and footer parts, each referenced by the sections that use it (see {@link SectionWriter}):
 * <ul>
 * <li>header: the profile title (style {@code Header}), plus the watermark when on; the cover gets a header with
 * only the watermark, or none;</li>
 * <li>front-matter footer: the page number, roman by the section's numbering (style {@code Footer});</li>
 * <li>body footer: "Page X of Y": X is a PAGE field, Y a PAGEREF to a bookmark on the last paragraph. Not
 * NUMPAGES, which counts the cover and the roman pages too ("Page 3 of 52" for a 44-page body), and not
 * SECTIONPAGES, which restarts at every landscape section.</li>
 * </ul>
 */
final class HeaderFooterWriter {

    static final String HEADER_STYLE = "Header";
    static final String FOOTER_STYLE = "Footer";
    /** Hidden bookmark on the last paragraph: its page number is the body's page count. */
    static final String LAST_PAGE = "_mpLastPage";

    /** Relationship ids of the parts; {@code coverHeader} is null when the cover has no header. */
    record Parts(String coverHeader, String header, String frontFooter, String bodyFooter) {
    }

    private HeaderFooterWriter() {
    }

    static Parts write(DocxContext ctx) throws ExportException {
        WatermarkWriter watermark = new WatermarkWriter();
        boolean on = ctx.options.watermark();
        String coverHeader = null;
        if (on) {
            XWPFHeader cover = header(ctx);
            // no Header style here: its rule under the title would cross the cover
            watermark.write(cover.createParagraph(), ctx.word("word.draft"), ctx.lao());
            coverHeader = ctx.docx.getRelationId(cover);
        }
        XWPFHeader main = header(ctx);
        XWPFParagraph title = main.createParagraph();
        title.setStyle(HEADER_STYLE);
        ctx.inlines.run(title, ctx.doc.meta().title(), null);
        if (on) {
            watermark.write(title, ctx.word("word.draft"), ctx.lao());
        }
        XWPFFooter front = footer(ctx);
        XWPFParagraph roman = front.createParagraph();
        roman.setStyle(FOOTER_STYLE);
        FieldWriter.field(ctx, roman::createRun, "PAGE", "i", null);
        XWPFFooter body = footer(ctx);
        XWPFParagraph pageOf = body.createParagraph();
        pageOf.setStyle(FOOTER_STYLE);
        ctx.inlines.run(pageOf, ctx.word("word.page") + " ", null);
        FieldWriter.field(ctx, pageOf::createRun, "PAGE", "1", null);
        ctx.inlines.run(pageOf, " " + ctx.word("word.of") + " ", null);
        FieldWriter.field(ctx, pageOf::createRun, "PAGEREF " + LAST_PAGE, "1", null);
        return new Parts(coverHeader, ctx.docx.getRelationId(main), ctx.docx.getRelationId(front),
                ctx.docx.getRelationId(body));
    }

    private static XWPFHeader header(DocxContext ctx) {
        return (XWPFHeader) part(ctx, XWPFRelation.HEADER);
    }

    private static XWPFFooter footer(DocxContext ctx) {
        return (XWPFFooter) part(ctx, XWPFRelation.FOOTER);
    }

    private static XWPFHeaderFooter part(DocxContext ctx, XWPFRelation relation) {
        int index = ctx.docx.getNextPartNumber(relation, 1);
        XWPFHeaderFooter part = (XWPFHeaderFooter) ctx.docx.createRelationship(relation, XWPFFactory.getInstance(),
                index);
        part.setXWPFDocument(ctx.docx);
        part.setHeaderFooter(CTHdrFtr.Factory.newInstance());
        return part;
    }
}
