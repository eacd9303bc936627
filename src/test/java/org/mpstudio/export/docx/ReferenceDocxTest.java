package org.mpstudio.export.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlObject;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mpstudio.export.docx.DocxInspector.attr;
import static org.mpstudio.export.docx.DocxInspector.select;

/** The reference.docx shipped with the iom-standard template set and bundled as the default. */
class ReferenceDocxTest {

    static final List<String> STYLES = List.of("Normal", "Title", "Subtitle", "Heading1", "Heading2", "Heading3",
            "Heading4", "Caption", "TOC1", "TOC2", "TOC3", "TOCHeading", "TableofFigures", "TableText",
            "TableHeading", "SourceNote", "Quote", "ListParagraph", "Header", "Footer", "CoverTitle",
            "CoverSubtitle", "CoverText", "CoverDraft", "FigureImage", "AcronymList", "Bibliography",
            "MissingFigure", "Hyperlink", "FigureValue", "Code");

    private static Path templateCopy() {
        return Path.of(System.getProperty("mpstudio.projectRoot", "."), "templates", "iom-standard",
                "reference.docx");
    }

    @Test
    void bundledDefaultIsTheTemplateSetsReference() throws Exception {
        try (InputStream in = DocxWriter.class.getResourceAsStream(ReferenceTemplate.BUNDLED)) {
            assertNotNull(in);
            assertArrayEquals(Files.readAllBytes(templateCopy()), in.readAllBytes());
        }
    }

    @Test
    void makerBuildsTheCommittedStyles() throws Exception {
        try (XWPFDocument made = new XWPFDocument(new java.io.ByteArrayInputStream(ReferenceDocxMaker.build()));
             XWPFDocument committed = new XWPFDocument(Files.newInputStream(templateCopy()))) {
            assertEquals(made.getStyles().getCtStyles().xmlText(), committed.getStyles().getCtStyles().xmlText(),
                    "run ReferenceDocxMaker after changing it");
        }
    }

    @Test
    void definesEveryStyleTheWriterUses() throws Exception {
        try (XWPFDocument ref = new XWPFDocument(Files.newInputStream(templateCopy()))) {
            for (String id : STYLES) {
                assertTrue(ref.getStyles().styleExist(id), id);
            }
            assertEquals("character", ref.getStyles().getStyle("MissingFigure").getType().toString().toLowerCase());
        }
    }

    @Test
    void everyParagraphStylePutsPhetsarathInTheComplexScriptSlot() throws Exception {
        try (XWPFDocument ref = new XWPFDocument(Files.newInputStream(templateCopy()))) {
            XmlObject styles = ref.getStyles().getCtStyles();
            List<XmlObject> fonts = select(styles, "./w:style[@w:type='paragraph']/w:rPr/w:rFonts");
            assertEquals(select(styles, "./w:style[@w:type='paragraph']").size(), fonts.size());
            for (XmlObject f : fonts) {
                assertEquals("Phetsarath OT", attr(f, "cs"));
                assertEquals(attr(f, "ascii"), attr(f, "hAnsi"));
                assertEquals(attr(f, "ascii"), attr(f, "eastAsia"));
            }
            assertEquals("en-GB", attr(select(styles, "./w:docDefaults/w:rPrDefault/w:rPr/w:lang").get(0), "val"));
            assertEquals("Noto Serif", attr(select(styles, "./w:style[@w:styleId='Normal']/w:rPr/w:rFonts").get(0),
                    "ascii"));
            assertEquals("Noto Sans", attr(select(styles, "./w:style[@w:styleId='Caption']/w:rPr/w:rFonts").get(0),
                    "ascii"));
        }
    }

    @Test
    void headingsHaveOutlineLevelsKeepWithNextAndChaptersStartOnANewPage() throws Exception {
        try (XWPFDocument ref = new XWPFDocument(Files.newInputStream(templateCopy()))) {
            XmlObject styles = ref.getStyles().getCtStyles();
            int[] sizes = {32, 26, 23, 21};
            for (int i = 1; i <= 4; i++) {
                XmlObject h = select(styles, "./w:style[@w:styleId='Heading" + i + "']").get(0);
                assertEquals(Integer.toString(i - 1), attr(select(h, "./w:pPr/w:outlineLvl").get(0), "val"));
                assertEquals(1, select(h, "./w:pPr/w:keepNext").size());
                assertEquals(i == 1 ? 1 : 0, select(h, "./w:pPr/w:pageBreakBefore").size());
                assertEquals(Integer.toString(sizes[i - 1]), attr(select(h, "./w:rPr/w:sz").get(0), "val"));
            }
        }
    }
}
