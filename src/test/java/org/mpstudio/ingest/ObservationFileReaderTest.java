package org.mpstudio.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mpstudio.ingest.Fixtures.assertClean;
import static org.mpstudio.ingest.Fixtures.assertProblem;
import static org.mpstudio.ingest.Fixtures.find;
import static org.mpstudio.ingest.Fixtures.read;
import static org.mpstudio.ingest.Fixtures.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** File types, encodings and layout detection of the entry point. */
class ObservationFileReaderTest {

    private static final String LONG_VI = "indicator,period,value,province\nreturnees,2023,\"1,234\",Hà Nội\n";

    @TempDir
    Path dir;

    /** Text as Vietnamese Windows writes it: letters with tone marks as a base letter plus a combining mark. */
    static byte[] windows1258(String text) {
        CharsetEncoder encoder = EncodingDetector.WINDOWS_1258.newEncoder();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        text.codePoints().forEach(cp -> encode(Character.toString(cp), encoder, out));
        return out.toByteArray();
    }

    private static void encode(String ch, CharsetEncoder encoder, ByteArrayOutputStream out) {
        if (encoder.canEncode(ch)) {
            out.writeBytes(ch.getBytes(EncodingDetector.WINDOWS_1258));
            return;
        }
        String nfd = Normalizer.normalize(ch, Normalizer.Form.NFD);
        for (int i = nfd.length() - 1; i >= 1; i--) {
            String mark = nfd.substring(i, i + 1);
            String base = Normalizer.normalize(nfd.substring(0, i) + nfd.substring(i + 1), Normalizer.Form.NFC);
            if (encoder.canEncode(mark) && encoder.canEncode(base)) {
                out.writeBytes(base.getBytes(EncodingDetector.WINDOWS_1258));
                out.writeBytes(mark.getBytes(EncodingDetector.WINDOWS_1258));
                return;
            }
        }
        throw new IllegalArgumentException("not in windows-1258: " + ch);
    }

    @Test
    void readsWindows1258WideFileWithVietnameseTotalsRow() {
        byte[] bytes = windows1258(WideReaderTest.AGENCY_TABLE.replace("Indicator:", "Chỉ tiêu:")
                .replace("Source:", "Nguồn:"));
        assertFalse(new String(bytes, StandardCharsets.ISO_8859_1).contains("?"));
        ImportBatch batch = read(write(dir, "vn.csv", bytes));
        assertClean(batch);
        assertEquals(80002, find(batch, "2019", "destination=Nhật Bản").value());
        assertEquals(141697, find(batch, "2019", "").value());
    }

    @Test
    void readsWindows1258LongFileAndComposesDimensionValues() {
        ImportBatch batch = read(write(dir, "vn-long.csv", windows1258(LONG_VI)));
        assertClean(batch);
        assertEquals("Hà Nội", batch.observations().get(0).dimensions().get("province"));
        assertEquals(1234, batch.observations().get(0).value());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"UTF-16LE", "UTF-16BE", "UTF-8"})
    void readsFilesWithByteOrderMark(String charset) {
        ImportBatch batch = read(write(dir, "bom.csv", ("\uFEFF" + LONG_VI).getBytes(java.nio.charset.Charset
                .forName(charset))));
        assertClean(batch);
        assertEquals("Hà Nội", batch.observations().get(0).dimensions().get("province"));
        assertEquals(2023, batch.observations().get(0).period().year());
    }

    @Test
    void readsUtf16WideFileWithTotalsRow() {
        ImportBatch batch = read(write(dir, "u16.csv", ("\uFEFF" + WideReaderTest.AGENCY_TABLE)
                .getBytes(StandardCharsets.UTF_16LE)));
        assertClean(batch);
        assertEquals(98164, find(batch, "2021", "").value());
    }

    @Test
    void detectsLongLayoutByHeaderAndWideOtherwise() {
        assertEquals(Layout.LONG, read(write(dir, "l.csv", LONG_VI)).layout());
        assertEquals(Layout.WIDE, read(write(dir, "w.csv", WideReaderTest.AGENCY_TABLE)).layout());
    }

    @Test
    void rejectsEmptyFile() {
        assertProblem(read(write(dir, "empty.csv", new byte[0])), ProblemCodes.FILE_EMPTY, 0, 0);
        assertProblem(read(write(dir, "blank.csv", "\n \n\r\n")), ProblemCodes.FILE_EMPTY, 0, 0);
    }

    @Test
    void rejectsBinaryJunkWithOneProblem() {
        byte[] junk = new byte[2000];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (i * 31);
        }
        ImportBatch batch = read(write(dir, "junk.csv", junk));
        assertProblem(batch, ProblemCodes.FILE_BINARY, 0, 0);
        assertEquals(1, batch.problems().size());
    }

    @Test
    void rejectsTextWithNulBytes() {
        assertProblem(read(write(dir, "nul.csv", "indicator,period,value\nreturnees,2023,5\u0000\n")),
                ProblemCodes.FILE_BINARY, 0, 0);
    }

    @Test
    void rejectsProfileFile() {
        assertProblem(read(write(dir, "country.mprofile", "SQLite format 3")), ProblemCodes.FILE_IS_PROFILE, 0, 0);
    }

    @Test
    void rejectsOtherExtensions() {
        ImportBatch batch = read(write(dir, "figures.pdf", "%PDF-1.4"));
        assertEquals("pdf", assertProblem(batch, ProblemCodes.FILE_UNSUPPORTED, 0, 0).args().get(0));
        assertTrue(batch.observations().isEmpty());
    }

    @Test
    void reportsMissingFileInsteadOfThrowing() {
        assertProblem(read(dir.resolve("missing.csv")), ProblemCodes.FILE_NOT_FOUND, 0, 0);
    }

    @Test
    void reportsUnreadableFileInsteadOfThrowing() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("folder.csv"));
        assertProblem(read(folder), ProblemCodes.FILE_UNREADABLE, 0, 0);
    }

    @Test
    void rejectsUnknownDefaultSourceOnce() {
        Path file = write(dir, "ds.csv", "indicator,period,value\nreturnees,2023,5\nreturnees,2022,5\n");
        assertProblem(read(file, Fixtures.context(Optional.of("nowhere"), Optional.empty())),
                ProblemCodes.SOURCE_UNKNOWN, 0, 0);
    }

    @Test
    void givesTheFileAsTheUserGaveItInEveryProblem() {
        Path relative = dir.resolve("sub/../rel.csv");
        write(dir, "rel.csv", "indicator,period,value\nreturnees,2023,x\n");
        ImportBatch batch = read(relative);
        assertEquals(relative.toString(), batch.problems().get(0).where());
    }

    @Test
    void contextCopiesItsInputsAndDropsBlankOptionals() {
        ImportContext ctx = new ImportContext(Map.of(), Set.of(), Optional.of("  "), Optional.of(""));
        assertTrue(ctx.defaultSource().isEmpty());
        assertTrue(ctx.indicatorOverride().isEmpty());
        assertThrows(UnsupportedOperationException.class, () -> ctx.sourceIds().add("x"));
    }
}
