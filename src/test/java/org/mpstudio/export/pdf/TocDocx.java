package org.mpstudio.export.pdf;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTMarkupRange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the test input: a DOCX like the ones {@code export.docx} writes, with a Word table of contents whose cached
 * page numbers are all a deliberately wrong "99", headings on level 1 and 2 spread over several pages (some by page
 * breaks, one pushed by body text so its page is only known after layout), Vietnamese in Noto Serif and Lao in
 * Phetsarath OT (complex-script slot, {@code w:lang/@w:bidi="lo-LA"}).
 */
final class TocDocx {

    static final String WRONG_PAGE = "99";
    static final String VIETNAMESE = "Hồ sơ di cư Việt Nam";
    static final String VIETNAMESE_WORKERS = "Người lao động đi làm việc ở nước ngoài";
    static final String LAO = "ບົດລາຍງານການເຄື່ອນຍ້າຍຖິ່ນຖານ";
    static final String LAO_FONT = "Phetsarath OT";
    static final String LATIN_FONT = "Noto Serif";

    /** A heading of the test document: its outline level (1 or 2), its text, and whether a page break precedes it. */
    record Heading(int level, String text, boolean newPage) {
    }

    static final List<Heading> HEADINGS = List.of(
            new Heading(1, "1 " + VIETNAMESE, true),
            new Heading(2, "1.1 " + VIETNAMESE_WORKERS, false),
            new Heading(2, "1.2 Remittances received", true),
            new Heading(1, "2 Labour migration trends", true),
            new Heading(2, "2.1 After a long section", false),
            new Heading(1, "3 Lao PDR summary", true),
            new Heading(1, "4 Sources and notes", true));

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private TocDocx() {
    }

    static Path write(Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createStyles().setStyles(CTStyles.Factory.parse(styles()));
            CTSdtBlock toc = doc.getDocument().getBody().addNewSdt();
            toc.set(CTSdtBlock.Factory.parse(tocXml()));
            int bookmark = 100;
            for (Heading h : HEADINGS) {
                XWPFParagraph p = doc.createParagraph();
                if (h.newPage()) {
                    // a bare <w:pageBreakBefore/>: LibreOffice ignores the w:val="on" that setPageBreak writes
                    p.getCTP().addNewPPr().addNewPageBreakBefore();
                }
                p.setStyle("Heading" + h.level());
                CTBookmark start = p.getCTP().addNewBookmarkStart();
                start.setId(BigInteger.valueOf(bookmark));
                start.setName("_Toc" + bookmark);
                latin(p.createRun(), h.text());
                CTMarkupRange end = p.getCTP().addNewBookmarkEnd();
                end.setId(BigInteger.valueOf(bookmark++));
                body(doc, h);
            }
            doc.write(out);
        } catch (XmlException e) {
            throw new IOException(e);
        }
        return file;
    }

    private static void body(XWPFDocument doc, Heading h) {
        if (h.text().startsWith("1 ")) {
            latin(doc.createParagraph().createRun(), VIETNAMESE + ": " + VIETNAMESE_WORKERS + " năm 2023.");
        } else if (h.text().startsWith("2 ")) {
            // long enough to flow over a page, so the next heading's page depends on layout
            for (int i = 1; i <= 45; i++) {
                latin(doc.createParagraph().createRun(), "Paragraph " + i + " of the trends section. Người lao động"
                        + " đi làm việc ở nước ngoài theo hợp đồng tăng mạnh sau năm 2021.");
            }
        } else if (h.text().startsWith("3 ")) {
            XWPFParagraph p = doc.createParagraph();
            lao(p.createRun(), LAO);
            XWPFParagraph q = doc.createParagraph();
            lao(q.createRun(), "ແຮງງານລາວທີ່ໄປເຮັດວຽກຢູ່ຕ່າງປະເທດ ປີ 2023");
        } else {
            latin(doc.createParagraph().createRun(), "Body text under " + h.text() + ".");
        }
    }

    private static void latin(XWPFRun run, String text) {
        run.setText(text);
        run.setFontFamily(LATIN_FONT);
    }

    private static void lao(XWPFRun run, String text) {
        run.setText(text);
        CTRPr pr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        CTFonts fonts = pr.sizeOfRFontsArray() > 0 ? pr.getRFontsArray(0) : pr.addNewRFonts();
        fonts.setAscii(LAO_FONT);
        fonts.setHAnsi(LAO_FONT);
        fonts.setCs(LAO_FONT);
        CTLanguage lang = pr.addNewLang();
        lang.setBidi("lo-LA");
        // 16 pt, large enough to inspect the shaping in a page rendered at 80 dpi; Lao sizes by w:szCs
        pr.addNewSz().setVal(BigInteger.valueOf(32));
        pr.addNewSzCs().setVal(BigInteger.valueOf(32));
    }

    private static String tocXml() {
        StringBuilder entries = new StringBuilder();
        int bookmark = 100;
        for (Heading h : HEADINGS) {
            entries.append("<w:p><w:pPr><w:pStyle w:val=\"TOC").append(h.level()).append("\"/>")
                    .append("<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"9016\"/></w:tabs></w:pPr>");
            if (bookmark == 100) {
                entries.append("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>")
                        .append("<w:r><w:instrText xml:space=\"preserve\">")
                        .append(" TOC \\o \"1-3\" \\h \\z \\u </w:instrText></w:r>")
                        .append("<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>");
            }
            entries.append("<w:hyperlink w:anchor=\"_Toc").append(bookmark++).append("\" w:history=\"1\">")
                    .append("<w:r><w:t xml:space=\"preserve\">").append(h.text()).append("</w:t></w:r>")
                    .append("<w:r><w:tab/></w:r><w:r><w:t>").append(WRONG_PAGE).append("</w:t></w:r>")
                    .append("</w:hyperlink></w:p>");
        }
        entries.append("<w:p><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>");
        // parsed as a fragment (content only) so that set() does not nest a second w:sdt; same for styles()
        return "<xml-fragment xmlns:w=\"" + W + "\"><w:sdtPr><w:docPartObj>"
                + "<w:docPartGallery w:val=\"Table of Contents\"/><w:docPartUnique/></w:docPartObj></w:sdtPr>"
                + "<w:sdtContent><w:p><w:pPr><w:pStyle w:val=\"TOCHeading\"/></w:pPr>"
                + "<w:r><w:t>Contents</w:t></w:r></w:p>" + entries + "</w:sdtContent></xml-fragment>";
    }

    private static String styles() {
        return "<xml-fragment xmlns:w=\"" + W + "\">"
                + "<w:docDefaults><w:rPrDefault><w:rPr>"
                + "<w:rFonts w:ascii=\"Noto Serif\" w:hAnsi=\"Noto Serif\" w:eastAsia=\"Noto Serif\""
                + " w:cs=\"Phetsarath OT\"/>"
                + "<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang w:val=\"en-GB\" w:bidi=\"lo-LA\"/>"
                + "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"120\"/></w:pPr></w:pPrDefault>"
                + "</w:docDefaults>"
                + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">"
                + "<w:name w:val=\"Normal\"/></w:style>"
                + heading(1, 32) + heading(2, 26)
                + "<w:style w:type=\"paragraph\" w:styleId=\"TOCHeading\"><w:name w:val=\"TOC Heading\"/>"
                + "<w:basedOn w:val=\"Normal\"/><w:rPr><w:b/><w:sz w:val=\"32\"/></w:rPr></w:style>"
                + toc(1, 0) + toc(2, 220)
                + "</xml-fragment>";
    }

    private static String heading(int level, int halfPoints) {
        return "<w:style w:type=\"paragraph\" w:styleId=\"Heading" + level + "\"><w:name w:val=\"heading " + level
                + "\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>"
                + "<w:pPr><w:keepNext/><w:spacing w:before=\"240\"/>"
                + "<w:outlineLvl w:val=\"" + (level - 1) + "\"/></w:pPr>"
                + "<w:rPr><w:b/><w:sz w:val=\"" + halfPoints + "\"/><w:szCs w:val=\"" + halfPoints + "\"/></w:rPr>"
                + "</w:style>";
    }

    private static String toc(int level, int indent) {
        return "<w:style w:type=\"paragraph\" w:styleId=\"TOC" + level + "\"><w:name w:val=\"toc " + level + "\"/>"
                + "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/>"
                + "<w:pPr><w:ind w:left=\"" + indent + "\"/></w:pPr>"
                + "</w:style>";
    }

    /** Writes the fixture to the path given as the only argument (for trying it by hand). */
    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]));
    }

    static List<String> headingTexts() {
        List<String> out = new ArrayList<>();
        HEADINGS.forEach(h -> out.add(h.text()));
        return out;
    }
}
