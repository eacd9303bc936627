package org.mpstudio.export.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpstudio.export.ExportProgress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Converts the {@link TocDocx} fixture with the real LibreOffice once, then reads the PDF back with PDFBox.
 * Needs LibreOffice installed; without it the tests are skipped with a message saying so.
 */
class PdfConverterTest {

    private static final Pattern TOC_LINE = Pattern.compile("^(.*?)[\\s.\u2026]*(\\d+)\\s*$");

    @TempDir
    static Path dir;
    static Path soffice;
    static Path pdf;
    static List<String> progress = new ArrayList<>();
    static long millis;

    @BeforeAll
    static void convertFixture() throws Exception {
        Optional<Path> found = PdfConverter.findSoffice(Optional.empty());
        assumeTrue(found.isPresent(), "LibreOffice is not installed: " + PdfConverter.missingMessage());
        soffice = found.get();
        Path docx = TocDocx.write(dir.resolve("toc.docx"));
        pdf = dir.resolve("out").resolve("toc.pdf");
        long start = System.nanoTime();
        converter(dir.resolve("profile"), Map.of()).convert(docx, pdf, step -> progress.add(step.key()));
        millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("cold conversion (first start of a new profile included): " + millis + " ms");
    }

    static PdfConverter converter(Path profile, Map<String, String> env) {
        return new PdfConverter(soffice, null, Duration.ofSeconds(120), profile, env);
    }

    @Test
    void writesPdfWithAPagePerSection() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages >= 7 && pages <= 10, "pages: " + pages);
        }
    }

    @Test
    void contentsListEveryHeadingWithThePageItIsOn() throws IOException {
        List<String> pages = pageTexts(pdf);
        for (String heading : TocDocx.headingTexts()) {
            List<Integer> on = new ArrayList<>();
            for (int i = 1; i < pages.size(); i++) {
                if (pages.get(i).lines().anyMatch(l -> l.strip().equals(heading))) {
                    on.add(i + 1);
                }
            }
            assertEquals(1, on.size(), heading + " should be on exactly one page after the contents: " + on);
            assertEquals(on.get(0), tocPage(pages.get(0), heading), "contents page number of " + heading);
        }
    }

    @Test
    void contentsNoLongerShowTheStaleCachedPageNumber() throws IOException {
        String contents = pageTexts(pdf).get(0);
        assertTrue(contents.contains("Contents"), contents);
        assertFalse(contents.contains(TocDocx.WRONG_PAGE), contents);
    }

    @Test
    void vietnameseTextComesOutIntact() throws IOException {
        String all = String.join("\n", pageTexts(pdf));
        assertTrue(all.contains(nfc(TocDocx.VIETNAMESE + ": " + TocDocx.VIETNAMESE_WORKERS + " năm 2023.")), all);
        assertTrue(all.contains(nfc("đi làm việc ở nước ngoài theo hợp")), all);
    }

    @Test
    void laoTextIsWrittenInPhetsarath() throws IOException {
        String laoPage = pageTexts(pdf).stream().filter(p -> p.startsWith("3 Lao PDR summary"))
                .findFirst().orElseThrow();
        assertTrue(laoPage.codePoints().filter(c -> c >= 0x0E80 && c <= 0x0EFF).count() > 20, laoPage);
    }

    @Test
    void embedsEveryFont() throws IOException {
        for (PDFont font : fonts(pdf)) {
            assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
            if (font instanceof PDType0Font type0) {
                assertTrue(type0.getDescendantFont().isEmbedded(), font.getName() + " descendant is not embedded");
            }
        }
    }

    @Test
    void usesTheBundledFonts() throws IOException {
        String names = fontNames(pdf);
        assertTrue(names.contains("NotoSerif"), names);
        assertTrue(names.contains("PhetsarathOT"), names);
    }

    @Test
    void usesTheProfileFontsWhenTheMachineHasNone() throws Exception {
        // an empty fontconfig configuration hides every font of the machine; only the profile's remain
        Path conf = Files.writeString(dir.resolve("no-fonts.conf"), "<?xml version=\"1.0\"?>\n<fontconfig><cachedir>"
                + dir.resolve("fc-cache") + "</cachedir></fontconfig>\n");
        Path out = dir.resolve("no-machine-fonts.pdf");
        converter(dir.resolve("profile"), Map.of("FONTCONFIG_FILE", conf.toString()))
                .convert(dir.resolve("toc.docx"), out, line -> { });
        String names = fontNames(out);
        assertTrue(names.contains("NotoSerif") && names.contains("PhetsarathOT"), names);
    }

    @Test
    void reportsProgress() {
        assertEquals(List.of(ExportProgress.PDF_STARTING, ExportProgress.PDF_OPENING, ExportProgress.PDF_UPDATING,
                ExportProgress.PDF_WRITING), progress);
    }

    @Test
    void handlesFolderNamesThatNeedEscaping() throws Exception {
        Path awkward = Files.createDirectories(dir.resolve("Hồ sơ, (bản nháp) 'A' & \"B\" #1 %20"));
        Path docx = Files.copy(dir.resolve("toc.docx"), awkward.resolve("dự thảo.docx"));
        converter(dir.resolve("profile"), Map.of()).convert(docx, awkward, line -> { });
        assertTrue(Files.size(awkward.resolve("dự thảo.pdf")) > 1000);
    }

    @Test
    void startsAfreshWhenTheProfileIsDamaged() throws Exception {
        Path profile = dir.resolve("damaged");
        // claims LibreOffice's first start was done, but it was not: first start then replaces the macro
        Files.createDirectories(profile.resolve("user"));
        Files.writeString(profile.resolve("mpstudio-profile.txt"), soffice.toAbsolutePath().toString());
        Path out = dir.resolve("damaged.pdf");
        converter(profile, Map.of()).convert(dir.resolve("toc.docx"), out, line -> { });
        assertTrue(Files.size(out) > 1000);
    }

    @Test
    void reportsAnErrorInsideLibreOfficeWithTheFileName() throws Exception {
        Path out = Files.createDirectories(dir.resolve("blocked"));
        // LibreOffice writes to draft.pdf.part first; a folder of that name makes its export fail
        Files.createDirectories(out.resolve("draft.pdf.part"));
        PdfException e = assertThrows(PdfException.class, () -> converter(dir.resolve("profile"), Map.of())
                .convert(dir.resolve("toc.docx"), out.resolve("draft.pdf"), line -> { }));
        assertTrue(e.getMessage().startsWith("LibreOffice could not make a PDF of " + dir.resolve("toc.docx")),
                e.getMessage());
        assertTrue(e.getMessage().contains("Basic error"), e.getMessage());
        assertFalse(Files.exists(out.resolve("draft.pdf")));
    }

    static List<String> pageTexts(Path file) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(nfc(stripper.getText(doc)));
            }
            return pages;
        }
    }

    private static int tocPage(String contents, String heading) {
        for (String line : contents.lines().toList()) {
            Matcher m = TOC_LINE.matcher(line.strip());
            if (m.matches() && m.group(1).strip().equals(heading)) {
                return Integer.parseInt(m.group(2));
            }
        }
        throw new AssertionError("no contents line for " + heading + " in:\n" + contents);
    }

    private static String fontNames(Path file) throws IOException {
        TreeSet<String> names = new TreeSet<>();
        fonts(file).forEach(f -> names.add(f.getName()));
        return names.toString();
    }

    private static List<PDFont> fonts(Path file) throws IOException {
        List<PDFont> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            for (PDPage page : doc.getPages()) {
                collect(page.getResources(), out);
            }
        }
        assertFalse(out.isEmpty(), "no fonts in " + file);
        return out;
    }

    private static void collect(PDResources resources, List<PDFont> out) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            out.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form) {
                collect(form.getResources(), out);
            }
        }
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
