package org.mpstudio.export.docx;

import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

import java.util.function.Supplier;

/**
 * Complex fields ({@code w:fldChar} begin / {@code w:instrText} / separate / cached result / end), so the document
 * reads right before Word or LibreOffice refreshes anything: the cached result is what the field would show. A
 * field may span paragraphs (a table of contents begins in its first entry and ends after its last). Runs come
 * from {@code runs}: {@code paragraph::createRun}, or new runs inside a hyperlink.
 */
final class FieldWriter {

    private FieldWriter() {
    }

    /** A whole field; {@code result} is written with the document language, NFC. */
    static void field(DocxContext ctx, Supplier<XWPFRun> runs, String instruction, String result,
                      String charStyle) {
        begin(runs, instruction, charStyle);
        if (!result.isEmpty()) {
            ctx.inlines.run(runs, result, charStyle);
        }
        end(runs, charStyle);
    }

    /** The begin mark, the instruction and the separator: what follows is the cached result. */
    static void begin(Supplier<XWPFRun> runs, String instruction, String charStyle) {
        fldChar(runs, STFldCharType.BEGIN, charStyle);
        XWPFRun r = styled(runs, charStyle);
        CTText t = r.getCTR().addNewInstrText();
        t.setStringValue(" " + instruction.strip() + " ");
        t.setSpace(SpaceAttribute.Space.PRESERVE);
        fldChar(runs, STFldCharType.SEPARATE, charStyle);
    }

    /** The end mark of a field begun here or in an earlier paragraph. */
    static void end(Supplier<XWPFRun> runs, String charStyle) {
        fldChar(runs, STFldCharType.END, charStyle);
    }

    private static void fldChar(Supplier<XWPFRun> runs, STFldCharType.Enum type, String charStyle) {
        styled(runs, charStyle).getCTR().addNewFldChar().setFldCharType(type);
    }

    private static XWPFRun styled(Supplier<XWPFRun> runs, String charStyle) {
        XWPFRun r = runs.get();
        if (charStyle != null) {
            r.setStyle(charStyle);
        }
        return r;
    }
}
