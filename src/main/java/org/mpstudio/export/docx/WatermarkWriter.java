package org.mpstudio.export.docx;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlException;
import org.mpstudio.export.ExportException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

/**
 * The diagonal grey "DRAFT" behind every page: Word's own watermark markup (a VML WordArt shape, {@code v:shape}
 * with a {@code v:textpath}, rotated 315 degrees, semi-transparent silver, centred on the margins) in a run of a
 * header paragraph. Word shows it as a watermark (Design > Watermark can remove it) and LibreOffice imports it as a
 * watermark too. One per header part; the shape ids are numbered so they stay unique in the document.
 */
final class WatermarkWriter {

    private static final String SHAPETYPE = "<v:shapetype id=\"_x0000_t136\" coordsize=\"21600,21600\" o:spt=\"136\""
            + " adj=\"10800\" path=\"m@7,l@8,m@5,21600l@6,21600e\"><v:formulas><v:f eqn=\"sum #0 0 10800\"/>"
            + "<v:f eqn=\"prod #0 2 1\"/><v:f eqn=\"sum 21600 0 @1\"/><v:f eqn=\"sum 0 0 @2\"/>"
            + "<v:f eqn=\"sum 21600 0 @3\"/><v:f eqn=\"if @0 @3 0\"/><v:f eqn=\"if @0 21600 @1\"/>"
            + "<v:f eqn=\"if @0 0 @2\"/><v:f eqn=\"if @0 @4 21600\"/><v:f eqn=\"mid @5 @6\"/><v:f eqn=\"mid @8 @5\"/>"
            + "<v:f eqn=\"mid @7 @8\"/><v:f eqn=\"mid @6 @7\"/><v:f eqn=\"sum @6 0 @5\"/></v:formulas>"
            + "<v:path textpathok=\"t\" o:connecttype=\"custom\" o:connectlocs=\"@9,0;@10,10800;@11,21600;@12,10800\""
            + " o:connectangles=\"270,180,90,0\"/><v:textpath on=\"t\" fitshape=\"t\"/><v:handles>"
            + "<v:h position=\"#0,bottomRight\" xrange=\"6629,14971\"/></v:handles>"
            + "<o:lock v:ext=\"edit\" text=\"t\" shapetype=\"t\"/></v:shapetype>";

    private int shapes;

    /** Adds the watermark shape showing {@code text} (e.g. "DRAFT", "DỰ THẢO") to header paragraph {@code p}. */
    void write(XWPFParagraph p, String text, boolean lao) throws ExportException {
        int n = ++shapes;
        String word = Scripts.nfc(text).strip();
        double widthPt = 430;
        double heightPt = Math.round(widthPt / Math.max(3.2, 0.78 * word.length()));
        String font = lao ? "Phetsarath OT" : "Noto Sans";
        // "xml-fragment" is XmlBeans' name for "the content of the parsed object": the run's children
        String xml = "<xml-fragment xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
                + " xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\""
                + " xmlns:w10=\"urn:schemas-microsoft-com:office:word\"><w:rPr><w:noProof/></w:rPr><w:pict>"
                + SHAPETYPE
                + "<v:shape id=\"PowerPlusWaterMarkObject" + n + "\" o:spid=\"_x0000_s" + (2048 + n) + "\""
                + " type=\"#_x0000_t136\" style=\"position:absolute;margin-left:0;margin-top:0;width:" + widthPt
                + "pt;height:" + heightPt + "pt;rotation:315;z-index:-251654144;mso-position-horizontal:center;"
                + "mso-position-horizontal-relative:margin;mso-position-vertical:center;"
                + "mso-position-vertical-relative:margin\" o:allowincell=\"f\" fillcolor=\"#a6a6a6\""
                + " stroked=\"f\"><v:fill opacity=\".4\"/>"
                + "<v:textpath style=\"font-family:&quot;" + font + "&quot;;font-size:1pt\" string=\""
                + escape(word) + "\"/><w10:wrap anchorx=\"margin\" anchory=\"margin\"/></v:shape></w:pict></xml-fragment>";
        try {
            p.getCTP().addNewR().set(CTR.Factory.parse(xml));
        } catch (XmlException e) {
            throw new ExportException("Could not build the DRAFT watermark (" + e.getMessage()
                    + "); export without the watermark.", e);
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
