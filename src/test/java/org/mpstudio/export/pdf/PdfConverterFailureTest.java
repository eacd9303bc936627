package org.mpstudio.export.pdf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.mpstudio.export.ExportProgress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the user is told when LibreOffice is missing, hangs or crashes; no real LibreOffice needed. */
class PdfConverterFailureTest {

    @TempDir
    Path dir;

    @Test
    void missingProgramGivesMessageSayingHowToInstall() throws IOException {
        Path docx = Files.writeString(dir.resolve("draft.docx"), "not really a docx");
        PdfConverter converter = new PdfConverter(dir.resolve("no-such/soffice"), null, Duration.ofSeconds(5),
                dir.resolve("profile"));
        PdfException e = assertThrows(PdfException.class,
                () -> converter.convert(docx, dir.resolve("draft.pdf"), line -> { }));
        assertTrue(e.getMessage().contains("draft.docx"), e.getMessage());
        assertTrue(e.getMessage().contains("LibreOffice was not found at " + dir.resolve("no-such/soffice")),
                e.getMessage());
        assertTrue(e.getMessage().contains("apt install libreoffice-writer"), e.getMessage());
        assertTrue(e.getMessage().contains("MPSTUDIO_SOFFICE"), e.getMessage());
        String lao = org.mpstudio.i18n.Messages.forLanguage("lo").format(e.reason());
        assertTrue(lao.contains("ບໍ່ພົບ LibreOffice ຢູ່") && lao.contains("ເພື່ອສ້າງ PDF ໃຫ້ຕິດຕັ້ງ LibreOffice"),
                "worded in Lao, with how to install it: " + lao);
    }

    @Test
    void missingInputNamesTheFile() {
        PdfConverter converter = new PdfConverter(dir.resolve("soffice"), null, Duration.ofSeconds(5),
                dir.resolve("profile"));
        PdfException e = assertThrows(PdfException.class,
                () -> converter.convert(dir.resolve("gone.docx"), dir.resolve("gone.pdf"), line -> { }));
        assertTrue(e.getMessage().contains("gone.docx") && e.getMessage().contains("does not exist"), e.getMessage());
        assertTrue(e.reason().key().equals(ExportProgress.PDF_ERROR_NO_INPUT), e.reason().toString());
        String vi = org.mpstudio.i18n.Messages.forLanguage("vi").format(e.reason());
        assertTrue(vi.contains("gone.docx") && vi.contains("tệp không tồn tại"), "worded in Vietnamese: " + vi);
    }

    @Test
    void missingMessageSaysHowToInstallOnEverySystem() {
        String message = PdfConverter.missingMessage();
        assertTrue(message.contains("apt install libreoffice-writer"), message);
        assertTrue(message.contains("libreoffice.org"), message);
        assertTrue(message.contains("MPSTUDIO_SOFFICE"), message);
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void hangingLibreOfficeIsStoppedWithItsChildrenAtTheTimeout() throws Exception {
        Path soffice = script("soffice", """
                #!/bin/sh
                echo $$ > "$(dirname "$0")/launcher.pid"
                sleep 30 &
                echo $! > "$(dirname "$0")/child.pid"
                wait
                """);
        Path docx = Files.writeString(dir.resolve("draft.docx"), "x");
        PdfConverter converter = new PdfConverter(soffice, null, Duration.ofSeconds(2), dir.resolve("profile"));
        long start = System.nanoTime();
        PdfException e = assertThrows(PdfException.class,
                () -> converter.convert(docx, dir.resolve("draft.pdf"), line -> { }));
        long seconds = (System.nanoTime() - start) / 1_000_000_000;
        assertTrue(seconds < 15, "took " + seconds + " s");
        assertTrue(e.getMessage().contains("within 2 s") && e.getMessage().contains("stopped"), e.getMessage());
        assertTrue(e.getMessage().contains("draft.docx"), e.getMessage());
        assertGone(dir.resolve("launcher.pid"));
        assertGone(dir.resolve("child.pid"));
        assertFalse(Files.exists(dir.resolve("draft.pdf")));
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void crashingLibreOfficeIsReportedWithWhatItPrinted() throws Exception {
        Path soffice = script("soffice", """
                #!/bin/sh
                echo "No fonts could be found on the system."
                exit 134
                """);
        Path docx = Files.writeString(dir.resolve("draft.docx"), "x");
        PdfConverter converter = new PdfConverter(soffice, null, Duration.ofSeconds(10), dir.resolve("profile"));
        List<String> progress = new ArrayList<>();
        PdfException e = assertThrows(PdfException.class,
                () -> converter.convert(docx, dir.resolve("draft.pdf"), step -> progress.add(step.key())));
        assertTrue(e.getMessage().contains("exit code 134"), e.getMessage());
        assertTrue(e.getMessage().contains("No fonts could be found on the system."), e.getMessage());
        assertTrue(progress.contains(ExportProgress.PDF_STARTING), progress.toString());
    }

    private Path script(String name, String text) throws IOException {
        Path file = Files.writeString(dir.resolve(name), text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    private static void assertGone(Path pidFile) throws IOException, InterruptedException {
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        for (int i = 0; i < 50 && process.map(ProcessHandle::isAlive).orElse(false); i++) {
            Thread.sleep(100); // a killed orphan is reaped by init a moment later
        }
        assertFalse(process.map(ProcessHandle::isAlive).orElse(false), "process " + pid + " still runs");
    }
}
