package org.mpstudio.export.docx;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Builds the house {@code reference.docx} (styles, list numbering, A4 page) that the DOCX writer starts from, and
 * writes it to {@code templates/iom-standard/reference.docx} and to the bundled default in
 * {@code src/main/resources/org/mpstudio/export/docx/}. Run from the project root after changing a style:
 * {@code mvn -q test-compile exec:java -Dexec.mainClass=org.mpstudio.export.docx.ReferenceDocxMaker
 * -Dexec.classpathScope=test}. Fonts follow DESIGN section 6: Noto Serif for text, Noto Sans for headings, captions
 * and tables, Phetsarath OT in the complex-script slot of every paragraph style (Lao is a complex script in Word).
 */
public final class ReferenceDocxMaker {

    static final String SERIF = "Noto Serif";
    static final String SANS = "Noto Sans";
    static final String LAO = "Phetsarath OT";
    static final String INK = "2E4057";
    static final String GREY = "595959";
    /** Text width of A4 with 2.5 cm margins, in twips: the right tab of contents entries. */
    static final int TEXT_WIDTH = 9070;

    private ReferenceDocxMaker() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        byte[] bytes = build();
        for (Path p : List.of(root.resolve("templates/iom-standard/reference.docx"),
                root.resolve("src/main/resources/org/mpstudio/export/docx/reference.docx"))) {
            Files.createDirectories(p.getParent());
            Files.write(p, bytes);
        }
    }

    /** The reference document as bytes. */
    static byte[] build() throws Exception {
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            d.createStyles().setStyles(StylesDocument.Factory.parse(stylesXml()).getStyles());
            XWPFNumbering numbering = d.createNumbering();
            numbering.addAbstractNum(new XWPFAbstractNum(ListNumbering.define(BigInteger.ZERO, false)));
            numbering.addAbstractNum(new XWPFAbstractNum(ListNumbering.define(BigInteger.ONE, true)));
            d.createParagraph();
            CTSectPr s = d.getDocument().getBody().addNewSectPr();
            CTPageSz sz = s.addNewPgSz();
            sz.setW(BigInteger.valueOf(PageGeometry.A4.width()));
            sz.setH(BigInteger.valueOf(PageGeometry.A4.height()));
            CTPageMar m = s.addNewPgMar();
            m.setTop(BigInteger.valueOf(PageGeometry.A4.top()));
            m.setRight(BigInteger.valueOf(PageGeometry.A4.right()));
            m.setBottom(BigInteger.valueOf(PageGeometry.A4.bottom()));
            m.setLeft(BigInteger.valueOf(PageGeometry.A4.left()));
            m.setHeader(BigInteger.valueOf(PageGeometry.A4.header()));
            m.setFooter(BigInteger.valueOf(PageGeometry.A4.footer()));
            m.setGutter(BigInteger.ZERO);
            var core = d.getProperties().getCoreProperties();
            core.setTitle("Migration Profile Studio: reference styles");
            core.setCreator("Migration Profile Studio");
            core.setCreated(Optional.of(new Date(1_735_689_600_000L)));
            core.setModified(Optional.of(new Date(1_735_689_600_000L)));
            d.write(out);
            return out.toByteArray();
        }
    }

    static String stylesXml() {
        List<String> s = new ArrayList<>();
        s.add(para("Normal", "Normal", null, null, SERIF, 21, "<w:widowControl/><w:spacing w:after=\"120\""
                + " w:line=\"276\" w:lineRule=\"auto\"/><w:jc w:val=\"left\"/>", "", true));
        s.add(para("Title", "Title", "Normal", "Normal", SANS, 52, "<w:spacing w:after=\"240\"/>",
                "<w:b/><w:bCs/>" + color(INK), false));
        s.add(para("Subtitle", "Subtitle", "Normal", "Normal", SANS, 28, "<w:spacing w:after=\"240\"/>",
                color(GREY), false));
        int[] sizes = {32, 26, 23, 21};
        int[] before = {0, 360, 280, 220};
        int[] after = {240, 120, 100, 80};
        int[] indent = {851, 851, 1134, 1134};
        for (int i = 0; i < 4; i++) {
            s.add(para("Heading" + (i + 1), "heading " + (i + 1), "Normal", "Normal", SANS, sizes[i],
                    "<w:keepNext/><w:keepLines/>" + (i == 0 ? "<w:pageBreakBefore/>" : "")
                            + "<w:spacing w:before=\"" + before[i] + "\" w:after=\"" + after[i]
                            + "\" w:line=\"240\" w:lineRule=\"auto\"/><w:ind w:left=\"" + indent[i]
                            + "\" w:hanging=\"" + indent[i] + "\"/><w:outlineLvl w:val=\"" + i + "\"/>",
                    "<w:b/><w:bCs/>" + color(INK), true));
        }
        s.add(para("TOCHeading", "TOC Heading", "Heading1", "Normal", SANS, 32,
                "<w:ind w:left=\"0\" w:hanging=\"0\"/><w:outlineLvl w:val=\"9\"/>", "<w:b/><w:bCs/>" + color(INK),
                false));
        s.add(para("Caption", "caption", "Normal", "Normal", SANS, 18, "<w:keepNext/><w:keepLines/>"
                + "<w:spacing w:before=\"240\" w:after=\"100\" w:line=\"240\" w:lineRule=\"auto\"/>",
                "<w:b/><w:bCs/>" + color(INK), true));
        s.add(para("FigureImage", "Figure Image", "Normal", "Normal", SERIF, 21, "<w:keepNext/><w:keepLines/>"
                + "<w:spacing w:before=\"0\" w:after=\"60\" w:line=\"240\" w:lineRule=\"auto\"/>"
                + "<w:jc w:val=\"center\"/>", "", false));
        s.add(para("SourceNote", "Source Note", "Normal", "Normal", SANS, 16, "<w:keepLines/>"
                + "<w:spacing w:before=\"60\" w:after=\"280\" w:line=\"240\" w:lineRule=\"auto\"/>",
                "<w:i/><w:iCs/>" + color(GREY), true));
        s.add(para("TableText", "Table Text", "Normal", "Normal", SANS, 18, "<w:spacing w:before=\"20\""
                + " w:after=\"20\" w:line=\"240\" w:lineRule=\"auto\"/>", "", true));
        s.add(para("TableHeading", "Table Heading", "TableText", "TableText", SANS, 18, "<w:keepNext/>",
                "<w:b/><w:bCs/>" + color(INK), true));
        s.add(para("Quote", "Quote", "Normal", "Normal", SERIF, 21, "<w:spacing w:before=\"120\" w:after=\"160\"/>"
                + "<w:ind w:left=\"567\" w:right=\"567\"/>", "<w:i/><w:iCs/>" + color("404040"), true));
        s.add(para("ListParagraph", "List Paragraph", "Normal", "Normal", SERIF, 21, "<w:spacing w:after=\"60\"/>"
                + "<w:ind w:left=\"720\"/>", "", true));
        s.add(para("Header", "header", "Normal", "Normal", SANS, 16, "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"4\""
                + " w:space=\"4\" w:color=\"BFBFBF\"/></w:pBdr><w:spacing w:after=\"0\" w:line=\"240\""
                + " w:lineRule=\"auto\"/><w:jc w:val=\"right\"/>", color(GREY), false));
        s.add(para("Footer", "footer", "Normal", "Normal", SANS, 16, "<w:spacing w:after=\"0\" w:line=\"240\""
                + " w:lineRule=\"auto\"/><w:jc w:val=\"center\"/>", color(GREY), false));
        s.add(para("CoverTitle", "Cover Title", "Normal", "Normal", SANS, 64, "<w:spacing w:before=\"3600\""
                + " w:after=\"360\" w:line=\"240\" w:lineRule=\"auto\"/>", "<w:b/><w:bCs/>" + color(INK), true));
        s.add(para("CoverSubtitle", "Cover Subtitle", "Normal", "Normal", SANS, 36, "<w:pBdr><w:top"
                + " w:val=\"single\" w:sz=\"12\" w:space=\"12\" w:color=\"" + INK + "\"/></w:pBdr>"
                + "<w:spacing w:before=\"120\" w:after=\"240\"/>", color(INK), true));
        s.add(para("CoverText", "Cover Text", "Normal", "Normal", SANS, 24, "<w:spacing w:after=\"120\"/>",
                color(GREY), true));
        s.add(para("CoverDraft", "Cover Draft", "Normal", "Normal", SANS, 24, "<w:spacing w:before=\"960\"/>",
                "<w:b/><w:bCs/>" + color("9B2226"), true));
        s.add(toc("TOC1", "toc 1", 567, 567, 120, "<w:b/><w:bCs/>"));
        s.add(toc("TOC2", "toc 2", 1418, 851, 0, ""));
        s.add(toc("TOC3", "toc 3", 2552, 1134, 0, ""));
        s.add(toc("TableofFigures", "table of figures", 0, 0, 0, ""));
        s.add(para("AcronymList", "Acronym List", "Normal", "Normal", SERIF, 21, "<w:keepLines/>"
                + "<w:spacing w:after=\"60\"/>", "", true));
        s.add(para("Bibliography", "Bibliography", "Normal", "Normal", SERIF, 21, "<w:spacing w:after=\"100\"/>"
                + "<w:ind w:left=\"567\" w:hanging=\"567\"/>", "", true));
        s.add(character("DefaultParagraphFont", "Default Paragraph Font", "", true));
        s.add(character("MissingFigure", "Missing Figure", "<w:b/><w:bCs/>" + color("C00000")
                + "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"FFE699\"/>", true));
        s.add(character("Hyperlink", "Hyperlink", color("1F5F99") + "<w:u w:val=\"single\"/>", true));
        s.add(character("FigureValue", "Figure Value", "", true));
        s.add(character("Code", "Code", fonts("Courier New") + "<w:sz w:val=\"19\"/><w:szCs w:val=\"19\"/>",
                true));
        s.add("<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
                + "<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\""
                + " w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
                + "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>"
                + "</w:style>");
        return "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:docDefaults><w:rPrDefault><w:rPr>" + fonts(SERIF) + "<w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/>"
                + "<w:lang w:val=\"en-GB\" w:eastAsia=\"en-GB\" w:bidi=\"lo-LA\"/></w:rPr></w:rPrDefault>"
                + "<w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"276\" w:lineRule=\"auto\"/></w:pPr>"
                + "</w:pPrDefault></w:docDefaults>" + String.join("", s) + "</w:styles>";
    }

    private static String toc(String id, String name, int left, int hanging, int before, String rpr) {
        return para(id, name, "Normal", "Normal", SANS, 19, "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\""
                + " w:pos=\"" + TEXT_WIDTH + "\"/></w:tabs><w:spacing w:before=\"" + before + "\" w:after=\"60\""
                + " w:line=\"240\" w:lineRule=\"auto\"/><w:ind w:left=\"" + left + "\" w:right=\"567\" w:hanging=\""
                + hanging + "\"/>", rpr, true);
    }

    private static String para(String id, String name, String basedOn, String next, String font, int halfPoints,
                               String ppr, String rpr, boolean quick) {
        return "<w:style w:type=\"paragraph\"" + ("Normal".equals(id) ? " w:default=\"1\"" : "") + " w:styleId=\""
                + id + "\"><w:name w:val=\"" + name + "\"/>"
                + (basedOn == null ? "" : "<w:basedOn w:val=\"" + basedOn + "\"/>")
                + (next == null ? "" : "<w:next w:val=\"" + next + "\"/>") + (quick ? "<w:qFormat/>" : "")
                + "<w:pPr>" + ppr + "</w:pPr><w:rPr>" + fonts(font) + rpr + "<w:sz w:val=\"" + halfPoints
                + "\"/><w:szCs w:val=\"" + halfPoints + "\"/></w:rPr></w:style>";
    }

    private static String character(String id, String name, String rpr, boolean quick) {
        return "<w:style w:type=\"character\"" + ("DefaultParagraphFont".equals(id) ? " w:default=\"1\"" : "")
                + " w:styleId=\"" + id + "\"><w:name w:val=\"" + name + "\"/>" + (quick ? "" : "")
                + "<w:uiPriority w:val=\"1\"/><w:rPr>" + rpr + "</w:rPr></w:style>";
    }

    private static String fonts(String latin) {
        return "<w:rFonts w:ascii=\"" + latin + "\" w:hAnsi=\"" + latin + "\" w:eastAsia=\"" + latin + "\" w:cs=\""
                + LAO + "\"/>";
    }

    private static String color(String rgb) {
        return "<w:color w:val=\"" + rgb + "\"/>";
    }
}
