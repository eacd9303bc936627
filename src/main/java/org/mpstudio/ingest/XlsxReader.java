package org.mpstudio.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the first sheet of an XLSX workbook into a {@link Grid}. Formulas are read by their cached value, never
 * evaluated; a cached formula error becomes an {@link CellKind#ERROR} cell and a date-formatted number a
 * {@link CellKind#DATE} cell. Merged regions repeat their top-left value in every cell they cover. Text is NFC.
 */
final class XlsxReader {

    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

    /** The grid of the first sheet, or empty after reporting why the file cannot be read. */
    Optional<Grid> read(Path file, ProblemCollector problems) {
        byte[] head = head(file);
        if (Arrays.equals(head, OLE2_MAGIC)) {
            problems.error(ProblemCodes.XLSX_ENCRYPTED, 0, 0);
            return Optional.empty();
        }
        if (!Arrays.equals(head, ZIP_MAGIC)) {
            problems.error(ProblemCodes.XLSX_NOT_XLSX, 0, 0, "not a zip archive");
            return Optional.empty();
        }
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException e) {
            // POI reports a file that is not a zip of the right parts with assorted unchecked exceptions
            problems.error(ProblemCodes.XLSX_NOT_XLSX, 0, 0, String.valueOf(e.getMessage()));
            return Optional.empty();
        }
        try {
            XSSFWorkbook workbook = new XSSFWorkbook(pkg);
            if (workbook.getNumberOfSheets() == 0) {
                problems.error(ProblemCodes.XLSX_NO_SHEET, 0, 0);
                return Optional.empty();
            }
            return Optional.of(toGrid(workbook.getSheetAt(0)));
        } catch (IOException | RuntimeException e) {
            problems.error(ProblemCodes.XLSX_NOT_XLSX, 0, 0, String.valueOf(e.getMessage()));
            return Optional.empty();
        } finally {
            // revert, not close: closing a read-only package would try to save it
            pkg.revert();
        }
    }

    private Grid toGrid(Sheet sheet) {
        int rowCount = sheet.getLastRowNum() + 1;
        String[][] texts = new String[rowCount][];
        CellKind[][] kinds = new CellKind[rowCount][];
        int width = 0;
        for (int r = 0; r < rowCount; r++) {
            Row row = sheet.getRow(r);
            int last = row == null ? 0 : lastNonBlank(row);
            texts[r] = new String[last];
            kinds[r] = new CellKind[last];
            for (int c = 0; c < last; c++) {
                Cell cell = row.getCell(c);
                kinds[r][c] = CellKind.TEXT;
                texts[r][c] = cell == null ? "" : text(cell, cell.getCellType(), kinds[r], c);
            }
            width = Math.max(width, last);
        }
        List<Grid.Row> rows = new ArrayList<>(rowCount);
        for (int r = 0; r < rowCount; r++) {
            String[] cells = pad(texts[r], width, "");
            CellKind[] cellKinds = pad(kinds[r], width, CellKind.TEXT);
            rows.add(new Grid.Row(r + 1, cells, cellKinds));
        }
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            fillMerged(rows, region, width);
        }
        return new Grid(rows, true);
    }

    private String text(Cell cell, CellType type, CellKind[] kinds, int column) {
        switch (type) {
            case STRING:
                return EncodingDetector.toNfc(cell.getStringCellValue());
            case NUMERIC:
                if (DateUtil.isCellDateFormatted(cell)) {
                    kinds[column] = CellKind.DATE;
                    return formatter.formatRawCellContents(cell.getNumericCellValue(),
                            cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString());
                }
                return number(cell.getNumericCellValue());
            case BOOLEAN:
                return cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR:
                kinds[column] = CellKind.ERROR;
                return errorText(cell.getErrorCellValue());
            case FORMULA:
                return text(cell, cell.getCachedFormulaResultType(), kinds, column);
            default:
                return "";
        }
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR";
        }
    }

    /** Plain decimal text that {@link NumberParser} reads back to the same double: 2019, 1234.5, 0.001. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static int lastNonBlank(Row row) {
        for (int c = row.getLastCellNum() - 1; c >= 0; c--) {
            Cell cell = row.getCell(c);
            if (cell != null && cell.getCellType() != CellType.BLANK) {
                return c + 1;
            }
        }
        return 0;
    }

    private static void fillMerged(List<Grid.Row> rows, CellRangeAddress region, int width) {
        int top = region.getFirstRow();
        int left = region.getFirstColumn();
        if (top >= rows.size() || left >= width) {
            return;
        }
        Grid.Row origin = rows.get(top);
        for (int r = top; r <= Math.min(region.getLastRow(), rows.size() - 1); r++) {
            for (int c = left; c <= Math.min(region.getLastColumn(), width - 1); c++) {
                rows.get(r).cells()[c] = origin.cells()[left];
                rows.get(r).kinds()[c] = origin.kinds()[left];
            }
        }
    }

    private static <T> T[] pad(T[] cells, int width, T filler) {
        T[] padded = Arrays.copyOf(cells, width);
        Arrays.fill(padded, cells.length, width, filler);
        return padded;
    }

    /** The first four bytes of the file, fewer when it is shorter or unreadable. */
    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(OLE2_MAGIC.length);
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
