package org.mpstudio.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpstudio.export.pdf.PdfConverter;
import org.mpstudio.folder.ProjectFiles;
import org.mpstudio.model.ExportManifest;
import org.mpstudio.store.ExportManifestRepository;
import org.mpstudio.store.ProfileStore;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The export command on the real sample: files written, manifest recorded, PDF contents and fonts read back. */
@Tag("slow")
class ExportCommandTest {

    @TempDir
    Path tmp;

    @Test
    void exportsTheSampleToWordAndPdfAndRecordsTheManifest() throws Exception {
        Assumptions.assumeTrue(PdfConverter.findSoffice(Optional.empty()).isPresent(),
                "LibreOffice is not installed here; .ci/run installs it");
        Path file = tmp.resolve("vn.mprofile");
        assertEquals(0, CliRun.of("build", ProjectFiles.sample("viet-nam").toString(), file.toString()).exit());
        Path out = tmp.resolve("drafts");
        CliRun run = CliRun.of("export", file.toString(), "--format", "docx,pdf", "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("  writing PDF"), "progress lines: " + run.out());
        Path docx = out.resolve("viet-nam-migration-profile-en.docx");
        Path pdf = out.resolve("viet-nam-migration-profile-en.pdf");

        String exportId;
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            exportId = doc.getProperties().getCustomProperties().getProperty("mpstudio.exportId").getLpwstr();
            assertTrue(doc.getAllPictures().size() >= 8, "the sample's charts are in the draft");
            assertTrue(doc.getTables().size() >= 6, "the sample's tables are in the draft");
        }
        try (ProfileStore store = ProfileStore.open(file)) {
            ExportManifest m = new ExportManifestRepository(store).find(exportId).orElseThrow();
            ExportManifest.Entry intro = m.entries().stream().filter(e -> e.blockId().equals("introduction.p1"))
                    .findFirst().orElseThrow();
            assertTrue(intro.revisionId() > 0);
            assertFalse(intro.bookmark().isEmpty());
            assertTrue(intro.text().startsWith("The Viet Nam Migration Profile 2023"), intro.text());
        }

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            String all = Normalizer.normalize(stripper.getText(doc), Normalizer.Form.NFC);
            assertTrue(all.contains("người lao động đi làm việc ở nước ngoài"), "Vietnamese kept intact");
            assertContentsPagesMatchHeadings(doc);
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    boolean embedded = font instanceof PDType0Font t0 ? t0.getDescendantFont().isEmbedded()
                            : font.isEmbedded();
                    assertTrue(embedded, font.getName() + " is embedded");
                }
            }
        }
    }

    /** Every numbered chapter in the contents shows the page (by its printed number) where that heading lands. */
    private static void assertContentsPagesMatchHeadings(PDDocument doc) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(2);
        stripper.setEndPage(3);
        String contents = stripper.getText(doc);
        Matcher m = Pattern.compile("(?m)^(\\d{1,2}) (Immigration|Emigration|Internal migration)\\.*\\s*(\\d+)\\s*$")
                .matcher(contents);
        int checked = 0;
        while (m.find()) {
            String heading = m.group(1) + " " + m.group(2);
            int printed = Integer.parseInt(m.group(3));
            int found = -1;
            for (int i = 4; i <= doc.getNumberOfPages() && found < 0; i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                String page = stripper.getText(doc);
                if (page.lines().anyMatch(l -> l.strip().equals(heading))) {
                    Matcher footer = Pattern.compile("Page (\\d+) of").matcher(page);
                    assertTrue(footer.find(), "body pages carry 'Page X of Y'");
                    found = Integer.parseInt(footer.group(1));
                }
            }
            assertEquals(printed, found, heading);
            checked++;
        }
        assertEquals(3, checked, "contents entries checked:\n" + contents);
    }

    @Test
    void stillWritesTheWordDraftWhenLibreOfficeIsMissing() throws Exception {
        Path out = tmp.resolve("drafts");
        CliRun run = CliRun.of("export", ProjectFiles.sample("viet-nam").toString(), "--format", "docx,pdf",
                "--out", out.toString(), "--soffice", tmp.resolve("no-such-soffice").toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("LibreOffice was not found"), run.err());
        assertTrue(Files.size(out.resolve("viet-nam-migration-profile-en.docx")) > 10_000);
        assertFalse(Files.exists(out.resolve("viet-nam-migration-profile-en.pdf")));
        assertTrue(Files.exists(out.resolve("viet-nam-migration-profile-en.manifest.tsv")),
                "a source folder gets its manifest beside the drafts");
    }

    @Test
    void saysSoWhenAFileIsWhereTheDraftsFolderWouldBe() throws Exception {
        Path notAFolder = Files.writeString(tmp.resolve("drafts"), "a file, not a folder");
        CliRun run = CliRun.of("export", ProjectFiles.sample("viet-nam").toString(), "--format", "docx", "--out",
                notAFolder.toString());
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("Cannot create the folder " + notAFolder + ": a file of that name is in the way"),
                run.err());
        assertFalse(run.err().contains("unexpected failure"), run.err());
        assertEquals("a file, not a folder", Files.readString(notAFolder), "the file is left as it was");
    }

    @Test
    void refusesAnUnknownFormat() {
        CliRun run = CliRun.of("export", ProjectFiles.sample("viet-nam").toString(), "--format", "odt", "--out",
                tmp.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--format odt"));
    }
}
