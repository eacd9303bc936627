package org.mpstudio.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.mpstudio.ingest.Fixtures.assertClean;
import static org.mpstudio.ingest.Fixtures.assertProblem;
import static org.mpstudio.ingest.Fixtures.find;
import static org.mpstudio.ingest.Fixtures.read;
import static org.mpstudio.ingest.Fixtures.save;
import static org.mpstudio.ingest.Fixtures.write;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpstudio.model.Problem;

/** XLSX workbooks built with POI in the test: merged headers, formulas, errors, dates, totals. */
class XlsxReaderTest {

    @TempDir
    Path dir;

    /**
     * The agency table: title lines merged across, "destination" merged over two header rows, "Year" merged over
     * the period columns above the years, formulas, a totals row. Rows 7-9 are data.
     */
    private static XSSFWorkbook agencyWorkbook() {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet sheet = wb.createSheet("Data");
        set(sheet, 0, 0, "Ministry of Labour - Invalids and Social Affairs");
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
        set(sheet, 1, 0, "Indicator: workers_deployed_contract");
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 3));
        set(sheet, 2, 0, "Source:");
        set(sheet, 2, 1, "dolab-2024");
        set(sheet, 4, 0, "Destination");
        sheet.addMergedRegion(new CellRangeAddress(4, 5, 0, 0));
        set(sheet, 4, 1, "Year");
        sheet.addMergedRegion(new CellRangeAddress(4, 4, 1, 3));
        set(sheet, 5, 1, 2019);
        set(sheet, 5, 2, 2020);
        set(sheet, 5, 3, "2021");
        set(sheet, 6, 0, "Nhật Bản");
        set(sheet, 6, 1, 100);
        set(sheet, 6, 2, 200);
        formula(sheet, 6, 3, "B7+C7");
        set(sheet, 7, 0, "KOR");
        set(sheet, 7, 1, 10.5);
        set(sheet, 7, 2, "-");
        set(sheet, 7, 3, 20);
        set(sheet, 8, 0, "TỔNG CỘNG");
        formula(sheet, 8, 1, "SUM(B7:B8)");
        set(sheet, 8, 2, 200);
        formula(sheet, 8, 3, "D7+D8");
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        return wb;
    }

    private static Cell set(XSSFSheet sheet, int row, int col, Object value) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        Cell cell = r.createCell(col);
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else {
            cell.setCellValue(value.toString());
        }
        return cell;
    }

    private static Cell formula(XSSFSheet sheet, int row, int col, String formula) {
        Cell cell = set(sheet, row, col, "");
        cell.setCellFormula(formula);
        return cell;
    }

    private static void setDate(XSSFWorkbook wb, Cell cell, LocalDate date) {
        CellStyle style = wb.createCellStyle();
        style.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        cell.setCellValue(date);
        cell.setCellStyle(style);
    }

    @Test
    void readsMergedHeadersAndCachedFormulaValues() {
        ImportBatch batch = read(save(agencyWorkbook(), dir, "agency.xlsx"));
        assertClean(batch);
        assertEquals(Layout.WIDE, batch.layout());
        assertEquals(300, find(batch, "2021", "destination=Nhật Bản").value());
        assertEquals(10.5, find(batch, "2019", "destination=KOR").value());
        assertEquals("dolab-2024", find(batch, "2019", "destination=KOR").sourceId());
        assertEquals(110.5, find(batch, "2019", "").value());
        assertEquals(8, batch.observations().size());
    }

    @Test
    void warnsWhenTotalsRowDiffersFromSumWithCellPosition() {
        XSSFWorkbook wb = agencyWorkbook();
        wb.getSheetAt(0).getRow(8).getCell(2).setCellValue(250);
        Problem warning = assertProblem(read(save(wb, dir, "mismatch.xlsx")), ProblemCodes.WIDE_TOTAL_MISMATCH, 9, 3);
        assertEquals(List.of("TỔNG CỘNG", "2020", 250.0, 200.0), warning.args());
    }

    @Test
    void readsFormulasByCachedValueWithoutEvaluating() {
        XSSFWorkbook wb = agencyWorkbook();
        Cell cell = wb.getSheetAt(0).getRow(6).getCell(3);
        cell.setCellValue(999);
        assertEquals("B7+C7", cell.getCellFormula());
        ImportBatch batch = read(save(wb, dir, "cached.xlsx"));
        assertEquals(999, find(batch, "2021", "destination=Nhật Bản").value());
    }

    @Test
    void rejectsFormulaErrorCellsNamingTheCell() {
        XSSFWorkbook wb = agencyWorkbook();
        XSSFSheet sheet = wb.getSheetAt(0);
        sheet.getRow(7).getCell(3).setCellErrorValue(FormulaError.REF);
        Cell division = formula(sheet, 6, 2, "1/0");
        wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(division);
        ImportBatch batch = read(save(wb, dir, "errors.xlsx"));
        assertEquals(List.of("7:3 [C7, #DIV/0!]", "8:4 [D8, #REF!]"), batch.problems().stream()
                .filter(p -> p.code().equals(ProblemCodes.XLSX_FORMULA_ERROR))
                .map(p -> p.line() + ":" + p.column() + " " + p.args()).toList());
    }

    @Test
    void rejectsDateInAValueCell() {
        XSSFWorkbook wb = agencyWorkbook();
        setDate(wb, wb.getSheetAt(0).getRow(7).getCell(1), LocalDate.of(2019, 3, 1));
        Problem p = assertProblem(read(save(wb, dir, "datevalue.xlsx")), ProblemCodes.XLSX_DATE_NOT_VALUE, 8, 2);
        assertEquals(List.of("B8", "2019-03-01"), p.args());
    }

    @Test
    void rejectsDateInAPeriodHeader() {
        XSSFWorkbook wb = agencyWorkbook();
        setDate(wb, wb.getSheetAt(0).getRow(5).getCell(3), LocalDate.of(2021, 1, 1));
        Problem p = assertProblem(read(save(wb, dir, "dateperiod.xlsx")), ProblemCodes.XLSX_DATE_NOT_PERIOD, 6, 4);
        assertEquals("D6", p.args().get(0));
    }

    @Test
    void readsLongLayoutFromTheFirstSheet() {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet sheet = wb.createSheet("obs");
        set(sheet, 0, 0, "indicator");
        set(sheet, 0, 1, "period");
        set(sheet, 0, 2, "value");
        set(sheet, 0, 3, "sex");
        set(sheet, 1, 0, "returnees");
        set(sheet, 1, 1, 2023);
        set(sheet, 1, 2, 1234.25);
        set(sheet, 1, 3, "F");
        wb.createSheet("ignored");
        ImportBatch batch = read(save(wb, dir, "long.xlsx"));
        assertClean(batch);
        assertEquals(Layout.LONG, batch.layout());
        assertEquals(1234.25, find(batch, "2023", "sex=F").value());
    }

    @Test
    void rejectsDateInLongPeriodCellAndFormulaErrorInLongValueCell() {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet sheet = wb.createSheet("obs");
        set(sheet, 0, 0, "indicator");
        set(sheet, 0, 1, "period");
        set(sheet, 0, 2, "value");
        set(sheet, 1, 0, "returnees");
        setDate(wb, set(sheet, 1, 1, 0), LocalDate.of(2023, 1, 1));
        set(sheet, 1, 2, 5);
        set(sheet, 2, 0, "returnees");
        set(sheet, 2, 1, "2022");
        set(sheet, 2, 2, 0).setCellErrorValue(FormulaError.NA.getCode());
        ImportBatch batch = read(save(wb, dir, "longbad.xlsx"));
        assertEquals("B2", assertProblem(batch, ProblemCodes.XLSX_DATE_NOT_PERIOD, 2, 2).args().get(0));
        assertEquals(List.of("C3", "#N/A"), assertProblem(batch, ProblemCodes.XLSX_FORMULA_ERROR, 3, 3).args());
    }

    @Test
    void rejectsFileThatIsNotAZipWorkbook() {
        ImportBatch batch = read(write(dir, "fake.xlsx", "indicator,period,value\nreturnees,2023,5\n"));
        assertProblem(batch, ProblemCodes.XLSX_NOT_XLSX, 0, 0);
        assertEquals(1, batch.problems().size());
    }

    @Test
    void rejectsOldOrPasswordProtectedWorkbooks() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertProblem(read(write(dir, "old.xlsx", ole2)), ProblemCodes.XLSX_ENCRYPTED, 0, 0);
    }

    @Test
    void rejectsWorkbookWithEmptyFirstSheet() {
        XSSFWorkbook wb = new XSSFWorkbook();
        wb.createSheet("empty");
        assertProblem(read(save(wb, dir, "empty.xlsx")), ProblemCodes.FILE_EMPTY, 0, 0);
    }

    @Test
    void writesWholeNumbersWithoutDecimals() {
        assertEquals("2019", XlsxReader.number(2019.0));
        assertEquals("1234.5", XlsxReader.number(1234.5));
        assertEquals("0.001", XlsxReader.number(0.001));
        assertFalse(XlsxReader.number(1e20).contains("E"));
    }
}
