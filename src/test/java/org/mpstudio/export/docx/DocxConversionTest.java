package org.mpstudio.export.docx;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpstudio.chart.ChartRenderer;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The draft opens in the tools reviewers use: LibreOffice converts it to PDF (with the bundled fonts in a private
 * profile, as the PDF export does) and pandoc reads it. Skipped, with a message, where a tool is not installed.
 */
class DocxConversionTest {

    @TempDir
    Path dir;

    private Path draft() throws Exception {
        Path file = dir.resolve("sample.docx");
        new DocxWriter(null, d -> new ChartRenderer().png(d, 16, 9, 300, false)).write(SampleDocuments.sample(),
                new DocxOptions(true, "exp-1", "12 March 2025"), file, s -> { });
        return file;
    }

    @Test
    void libreOfficeConvertsTheDraftToPdf() throws Exception {
        Optional<Path> soffice = onPath("soffice");
        assumeTrue(soffice.isPresent(), "LibreOffice (soffice) is not on the PATH: PDF conversion not tested");
        Path file = draft();
        Path profile = dir.resolve("lo-profile");
        Path fonts = Files.createDirectories(profile.resolve("user/fonts"));
        for (String f : List.of("NotoSerif-Regular.ttf", "NotoSerif-Bold.ttf", "NotoSerif-Italic.ttf",
                "NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf", "Phetsarath_OT.ttf")) {
            try (InputStream in = DocxConversionTest.class.getResourceAsStream("/fonts/" + f)) {
                if (in != null) {
                    Files.copy(in, fonts.resolve(f));
                }
            }
        }
        int exit = run(List.of(soffice.get().toString(), "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", dir.toString(), file.toString()), 180);
        assertEquals(0, exit);
        Path pdf = dir.resolve("sample.pdf");
        assertTrue(Files.exists(pdf), "soffice wrote no PDF");
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(d);
            assertTrue(text.contains("Introduction"), "chapter heading in the PDF");
            assertTrue(text.contains("Người lao động Việt Nam"), "Vietnamese survives");
            assertTrue(text.contains("Page 1 of"), "footer: Page X of Y");
            assertTrue(d.getNumberOfPages() >= 9, "cover, front matter and body: " + d.getNumberOfPages());
        }
    }

    @Test
    void pandocReadsTheDraft() throws Exception {
        Optional<Path> pandoc = onPath("pandoc");
        assumeTrue(pandoc.isPresent(), "pandoc is not on the PATH: reading the DOCX with pandoc not tested");
        Path file = draft();
        Path txt = dir.resolve("sample.txt");
        int exit = run(List.of(pandoc.get().toString(), file.toString(), "-t", "plain", "-o", txt.toString()), 120);
        assertEquals(0, exit);
        String text = Files.readString(txt, StandardCharsets.UTF_8);
        assertTrue(text.contains("Introduction"), text);
        assertTrue(text.contains("Figure 1.1: Workers deployed abroad"), "caption text");
        assertTrue(text.contains(SampleDocuments.VIETNAMESE));
    }

    private static int run(List<String> command, int seconds) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command.get(0) + " did not finish in " + seconds + " s");
        }
        return p.exitValue();
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String d : path.split(File.pathSeparator)) {
            Path p = Path.of(d, name);
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
