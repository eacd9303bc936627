package org.mpstudio.export.docx;

import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.mpstudio.model.doc.Inline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Writes inline runs into a paragraph: styled text, figures (character style {@code FigureValue}), unresolved
 * spots ({@code MissingFigure}, visible), cross-references (REF fields), citations, hyperlinks ({@code Hyperlink})
 * and line breaks. Every run gets the document language; runs with Lao text also get {@code w:cs} so Word and
 * LibreOffice use the complex-script font of the style (Phetsarath OT) and its bold/italic.
 */
final class InlineWriter {

    static final String CODE = "Code";
    static final String FIGURE = "FigureValue";
    static final String MISSING = "MissingFigure";
    static final String HYPERLINK = "Hyperlink";

    private final DocxContext ctx;

    InlineWriter(DocxContext ctx) {
        this.ctx = ctx;
    }

    /** Writes {@code runs} at the end of {@code p}; returns the text as written (what a reader sees). */
    String write(XWPFParagraph p, List<Inline> runs) {
        StringBuilder written = new StringBuilder();
        for (Inline in : runs) {
            String text = Scripts.nfc(in.text());
            if (in instanceof Inline.Text t) {
                styled(run(p, text, t.styles().contains(Inline.Style.CODE) ? CODE : null), t.styles(), text);
            } else if (in instanceof Inline.Figure f) {
                styled(run(p, text, FIGURE), f.styles(), text);
            } else if (in instanceof Inline.Missing) {
                run(p, text, MISSING);
            } else if (in instanceof Inline.CrossRef c) {
                crossRef(p, c, text);
            } else if (in instanceof Inline.Link l) {
                link(p, l, text);
            } else if (in instanceof Inline.LineBreak) {
                p.createRun().addBreak();
            } else {
                run(p, text, null);
            }
            written.append(text);
        }
        return written.toString();
    }

    /** A run with {@code text} (tabs and newlines become {@code w:tab} and {@code w:br}) and an optional style. */
    XWPFRun run(XWPFParagraph p, String text, String charStyle) {
        return run(p::createRun, text, charStyle);
    }

    /** The same with the run from {@code runs} (e.g. a new run inside a hyperlink). */
    XWPFRun run(Supplier<XWPFRun> runs, String text, String charStyle) {
        XWPFRun r = runs.get();
        fill(r, text, charStyle);
        return r;
    }

    /** A new run inside internal hyperlink {@code link} of paragraph {@code p}. */
    static Supplier<XWPFRun> in(XWPFParagraph p, CTHyperlink link) {
        return () -> new XWPFHyperlinkRun(link, link.addNewR(), p);
    }

    private void fill(XWPFRun r, String text, String charStyle) {
        if (charStyle != null) {
            r.setStyle(charStyle);
        }
        language(r, text);
        CTR ct = r.getCTR();
        String nfc = Scripts.nfc(text);
        int from = 0;
        for (int i = 0; i <= nfc.length(); i++) {
            if (i == nfc.length() || nfc.charAt(i) == '\t' || nfc.charAt(i) == '\n') {
                if (i > from) {
                    CTText t = ct.addNewT();
                    t.setStringValue(nfc.substring(from, i));
                    t.setSpace(SpaceAttribute.Space.PRESERVE);
                }
                if (i < nfc.length()) {
                    if (nfc.charAt(i) == '\t') {
                        ct.addNewTab();
                    } else {
                        ct.addNewBr();
                    }
                }
                from = i + 1;
            }
        }
    }

    /** Sets the run's language (w:lang, plus w:bidi for Lao) and, for Lao text, the complex-script flag. */
    void language(XWPFRun r, String text) {
        CTRPr rpr = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
        if (Scripts.hasLao(text) && rpr.sizeOfCsArray() == 0) {
            rpr.addNewCs();
        }
        CTLanguage lang = rpr.sizeOfLangArray() > 0 ? rpr.getLangArray(0) : rpr.addNewLang();
        lang.setVal(ctx.languageTag());
        if (ctx.lao() || Scripts.hasLao(text)) {
            lang.setBidi("lo-LA");
        }
    }

    private static void styled(XWPFRun r, Set<Inline.Style> styles, String text) {
        boolean cs = Scripts.hasLao(text);
        if (styles.contains(Inline.Style.BOLD)) {
            r.setBold(true);
            if (cs) {
                r.getCTR().getRPr().addNewBCs();
            }
        }
        if (styles.contains(Inline.Style.ITALIC)) {
            r.setItalic(true);
            if (cs) {
                r.getCTR().getRPr().addNewICs();
            }
        }
    }

    /**
     * "Figure 3.2" -> "Figure 3.2" as a REF field to the hidden bookmark around "Figure 3.2" in the caption (so a
     * field update keeps the sentence, not the whole caption); "section 2.1" -> "section " + REF to the bookmark
     * around the heading number. Anything else refers to the block's own bookmark.
     */
    private void crossRef(XWPFParagraph p, Inline.CrossRef c, String text) {
        String label = ctx.referenceText.get(c.targetId());
        if (label != null && text.endsWith(label)) {
            String prefix = text.substring(0, text.length() - label.length());
            if (!prefix.isEmpty()) {
                run(p, prefix, null);
            }
            FieldWriter.field(ctx, p::createRun, "REF " + ctx.names.reference(c.targetId()) + " \\h", label, null);
        } else if (ctx.hasBlock(c.targetId())) {
            FieldWriter.field(ctx, p::createRun, "REF " + ctx.names.block(c.targetId()) + " \\h", text, null);
        } else {
            run(p, text, null);
        }
    }

    private void link(XWPFParagraph p, Inline.Link l, String text) {
        String url = l.url() == null ? "" : l.url().strip();
        if (url.isEmpty()) {
            run(p, text, null);
            return;
        }
        XWPFHyperlinkRun r = p.createHyperlinkRun(url);
        fill(r, text, HYPERLINK);
    }
}
