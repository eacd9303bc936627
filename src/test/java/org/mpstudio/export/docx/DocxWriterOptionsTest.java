package org.mpstudio.export.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.xmlbeans.XmlObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpstudio.export.ExportException;
import org.mpstudio.model.doc.Document;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import javax.imageio.ImageIO;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mpstudio.export.docx.DocxInspector.attr;
import static org.mpstudio.export.docx.DocxInspector.select;

/** Watermark off, other languages, a restyled reference, failures. Charts are small java.awt PNGs here. */
class DocxWriterOptionsTest {

    @TempDir
    Path dir;

    static final Function<org.mpstudio.model.doc.ChartData, byte[]> PNG = data -> {
        BufferedImage img = new BufferedImage(320, 180, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 320, 180);
        g.setColor(new Color(0x2E4057));
        g.fillRect(40, 60, 60, 100);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    };

    private Path write(Document doc, boolean watermark, Path reference) throws ExportException {
        Path out = dir.resolve(doc.meta().lang() + (watermark ? "-wm" : "") + ".docx");
        new DocxWriter(reference, PNG).write(doc, new DocxOptions(watermark, null, null), out, s -> { });
        return out;
    }

    @Test
    void noHeaderHasAWatermarkWhenItIsOff() throws Exception {
        try (DocxInspector d = new DocxInspector(write(SampleDocuments.sample(), false, null))) {
            assertEquals(1, d.docx.getHeaderList().size(), "the cover has no header at all");
            for (XWPFHeader h : d.docx.getHeaderList()) {
                assertEquals(0, select(h._getHdrFtr(), ".//*[local-name()='textpath']").size());
                assertEquals(0, select(h._getHdrFtr(), ".//w:pict").size());
            }
            assertTrue(d.docx.getProperties().getCustomProperties().getProperty(DocxWriter.EXPORT_ID_PROPERTY) == null);
        }
    }

    @Test
    void vietnameseDraftSetsVietnameseLanguageAndTranslatedWords() throws Exception {
        Document vi = SampleDocuments.sample("vi", "Hồ sơ Di cư Việt Nam 2025");
        try (DocxInspector d = new DocxInspector(write(vi, true, null))) {
            assertEquals("vi-VN", attr(select(d.paragraphStarting("Người lao động"), "./w:r/w:rPr/w:lang").get(0),
                    "val"));
            assertEquals("vi-VN", attr(select(d.docx.getStyles().getCtStyles(),
                    "./w:docDefaults/w:rPrDefault/w:rPr/w:lang").get(0), "val"));
            for (XWPFHeader h : d.docx.getHeaderList()) {
                assertEquals(1, select(h._getHdrFtr(), ".//*[local-name()='textpath' and @string='DỰ THẢO']").size());
            }
            assertEquals("Hình 1.1: Workers deployed abroad under contract, 2015–2023",
                    DocxInspector.text(d.paragraphs().stream().filter(p -> DocxInspector.style(p).equals("Caption"))
                            .findFirst().orElseThrow()));
            assertEquals("Mục lục", DocxInspector.text(d.paragraphs().stream()
                    .filter(p -> DocxInspector.style(p).equals("TOCHeading")).findFirst().orElseThrow()));
        }
    }

    @Test
    void laoDraftMarksTheComplexScriptLanguageOnEveryRun() throws Exception {
        Document lo = SampleDocuments.sample("lo", "ຂໍ້ມູນການເຄື່ອນຍ້າຍ ສປປ ລາວ 2025");
        try (DocxInspector d = new DocxInspector(write(lo, false, null))) {
            XmlObject title = d.paragraphs().get(0);
            XmlObject lang = select(title, "./w:r/w:rPr/w:lang").get(0);
            assertEquals("lo-LA", attr(lang, "val"));
            assertEquals("lo-LA", attr(lang, "bidi"));
            assertEquals(1, select(title, "./w:r/w:rPr/w:cs").size());
        }
    }

    @Test
    void restylingTheReferenceInWordChangesTheDraft() throws Exception {
        Path reference = dir.resolve("restyled.docx");
        try (XWPFDocument ref = new XWPFDocument(ReferenceTemplate.class.getResourceAsStream(
                ReferenceTemplate.BUNDLED))) {
            CTFonts fonts = ref.getStyles().getStyle("Heading1").getCTStyle().getRPr().getRFontsArray(0);
            fonts.setAscii("Georgia");
            fonts.setHAnsi("Georgia");
            try (OutputStream os = Files.newOutputStream(reference)) {
                ref.write(os);
            }
        }
        try (DocxInspector d = new DocxInspector(write(SampleDocuments.sample(), false, reference))) {
            assertEquals("Georgia", d.docx.getStyles().getStyle("Heading1").getCTStyle().getRPr()
                    .getRFontsArray(0).getAscii());
            assertTrue(d.paragraphs().stream().anyMatch(p -> DocxInspector.style(p).equals("Heading1")
                    && DocxInspector.text(p).equals("1\tIntroduction")));
        }
    }

    @Test
    void unreadableReferenceNamesTheFile() throws Exception {
        Path bad = Files.writeString(dir.resolve("reference.docx"), "not a zip");
        ExportException e = assertThrows(ExportException.class, () -> write(SampleDocuments.sample(), false, bad));
        assertTrue(e.getMessage().startsWith(bad.toString()), e.getMessage());
    }

    @Test
    void failingChartNamesTheFigure() {
        DocxWriter writer = new DocxWriter(null, data -> {
            throw new IllegalStateException("no data");
        });
        ExportException e = assertThrows(ExportException.class, () -> writer.write(SampleDocuments.sample(),
                new DocxOptions(false, null, null), dir.resolve("x.docx"), s -> { }));
        assertTrue(e.getMessage().contains("fig:deployed"), e.getMessage());
        assertTrue(Files.notExists(dir.resolve("x.docx")));
    }
}
