package org.mpstudio.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mpstudio.ingest.Fixtures.assertClean;
import static org.mpstudio.ingest.Fixtures.assertProblem;
import static org.mpstudio.ingest.Fixtures.find;
import static org.mpstudio.ingest.Fixtures.read;
import static org.mpstudio.ingest.Fixtures.write;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpstudio.model.Observation;
import org.mpstudio.model.Problem;

/** Wide tables as agencies send them, from CSV (XLSX specifics are in {@link XlsxReaderTest}). */
class WideReaderTest {

    static final String AGENCY_TABLE = """
            Ministry of Labour - Invalids and Social Affairs,,,
            Department of Overseas Labour,,,
            Indicator: workers_deployed_contract,,,
            Source: dolab-2024,,,
            Unit: persons,,,
            ,,,
            destination,2019,2020,2021
            Nhật Bản,"80,002","29,004","39,566"
            KOR,"7,215",-,..
            TWN,"54,480","34,573","58,598"
            Tổng cộng,"141,697","63,577","98,164"
            """;

    @TempDir
    Path dir;

    @Test
    void readsAgencyTableBelowTitleLines() {
        ImportBatch batch = read(write(dir, "agency.csv", AGENCY_TABLE));
        assertClean(batch);
        assertEquals(Layout.WIDE, batch.layout());
        Observation japan2019 = find(batch, "2019", "destination=Nhật Bản");
        assertEquals(80002, japan2019.value());
        assertEquals("workers_deployed_contract", japan2019.indicatorId());
        assertEquals("dolab-2024", japan2019.sourceId());
        assertEquals(58598, find(batch, "2021", "destination=TWN").value());
    }

    @Test
    void skipsNoDataCellsWithoutErrors() {
        ImportBatch batch = read(write(dir, "agency.csv", AGENCY_TABLE));
        assertEquals(1, batch.observations().stream()
                .filter(o -> o.dimensions().get("destination").equals("KOR")).count());
        assertEquals(10, batch.observations().size());
    }

    @Test
    void importsTotalsRowAsTheTotalNotAsADimensionValue() {
        ImportBatch batch = read(write(dir, "agency.csv", AGENCY_TABLE));
        assertEquals(141697, find(batch, "2019", "").value());
        assertTrue(batch.observations().stream().noneMatch(o -> o.dimensions().key().contains("Tổng")));
    }

    @Test
    void warnsAtTheCellWhereTotalsDifferFromTheSum() {
        ImportBatch batch = read(write(dir, "agency.csv", AGENCY_TABLE.replace("\"63,577\"", "\"63,600\"")));
        Problem warning = assertProblem(batch, ProblemCodes.WIDE_TOTAL_MISMATCH, 11, 3);
        assertFalse(warning.isError());
        assertEquals(List.of("Tổng cộng", "2020", 63600.0, 63577.0), warning.args());
        assertFalse(batch.hasErrors());
    }

    @Test
    void toleratesRoundingOfHalfAUnitInTotals() {
        ImportBatch batch = read(write(dir, "agency.csv", AGENCY_TABLE.replace("\"63,577\"", "63577.5")));
        assertClean(batch);
    }

    @Test
    void keepsASeparateTotalRowInsteadOfTheTotalsRow() {
        ImportBatch batch = read(write(dir, "sep.csv", """
                Indicator: returnees
                province,2022,2023
                ,100,200
                HN,40,50
                HCM,60,150
                Total,100,201
                """));
        assertProblem(batch, ProblemCodes.WIDE_TOTAL_MISMATCH, 6, 3);
        assertEquals(200, find(batch, "2023", "").value());
        assertEquals(6, batch.observations().size());
    }

    @Test
    void checksSubtotalsAndGrandTotalsOverTwoLabelColumns() {
        ImportBatch batch = read(write(dir, "two.csv", """
                Chỉ tiêu: workers_deployed_contract
                Nguồn: nhandan-2023
                destination,sex,2022,2023
                JPN,F,10,20
                JPN,M,30,40
                JPN,Tổng,40,61
                KOR,F,1,2
                Total,Total,41,62
                """));
        assertProblem(batch, ProblemCodes.WIDE_TOTAL_MISMATCH, 6, 4);
        assertEquals(1, batch.problems().size());
        assertEquals(61, find(batch, "2023", "destination=JPN").value());
        assertEquals(41, find(batch, "2022", "").value());
        assertEquals("nhandan-2023", find(batch, "2022", "destination=JPN;sex=F").sourceId());
    }

    @Test
    void readsQuarterHeadersInAgencyForms() {
        ImportBatch batch = read(write(dir, "q.csv", """
                Indicator: workers_deployed_contract
                destination,Q1 2023,Q2 2023,2023-Q3,2023-10
                JPN,1,2,3,4
                """));
        assertClean(batch);
        assertEquals(List.of("2023-Q1", "2023-Q2", "2023-Q3", "2023-10"),
                batch.observations().stream().map(o -> o.period().toString()).toList());
    }

    @Test
    void takesDimensionNameFromTheRowAboveWhenTheHeaderHasTwoRows() {
        ImportBatch batch = read(write(dir, "h2.csv", """
                Indicator: returnees
                Province,Year,
                ,2022,2023
                HN,5,6
                """));
        assertClean(batch);
        assertEquals(6, find(batch, "2023", "province=HN").value());
    }

    @Test
    void usesIndicatorOverrideWhenFileNamesNone() {
        Path file = write(dir, "o.csv", "sex,2022,2023\nF,1,2\n");
        ImportBatch batch = read(file, Fixtures.context(Optional.of("dolab-2024"), Optional.of("returnees")));
        assertClean(batch);
        assertEquals("returnees", batch.observations().get(0).indicatorId());
        assertEquals("dolab-2024", batch.observations().get(0).sourceId());
    }

    @Test
    void skipsNoteLinesBelowTheTable() {
        ImportBatch batch = read(write(dir, "n.csv", "Indicator: returnees\nsex,2022,2023\nF,1,2\n"
                + "\"Note: 2023 figures are provisional\"\n"));
        assertClean(batch);
        assertEquals(2, batch.observations().size());
    }

    @Test
    void ignoresRowNumberColumns() {
        ImportBatch batch = read(write(dir, "stt.csv", "Indicator: returnees\nSTT,sex,2022,2023\n1,F,1,2\n"));
        assertClean(batch);
        assertEquals(2, find(batch, "2023", "sex=F").value());
    }

    @Test
    void rejectsLabelColumnThatIsNotADimensionOfTheIndicator() {
        Problem p = assertProblem(read(write(dir, "d.csv", "Indicator: workers_deployed_contract\n"
                + "province,2022,2023\nHN,1,2\n")), ProblemCodes.DIMENSION_NOT_OF_INDICATOR, 2, 1);
        assertEquals("province", p.args().get(0));
    }

    @Test
    void rejectsFileThatNamesNoIndicator() {
        assertProblem(read(write(dir, "ni.csv", "sex,2022,2023\nF,1,2\n")), ProblemCodes.WIDE_NO_INDICATOR, 0, 0);
    }

    @Test
    void rejectsUnknownIndicatorInTitleLine() {
        Problem p = assertProblem(read(write(dir, "ui.csv", "Title\nIndicator:,returnes\nsex,2022,2023\nF,1,2\n")),
                ProblemCodes.INDICATOR_UNKNOWN_SUGGEST, 2, 2);
        assertEquals(List.of("returnes", "returnees"), p.args());
    }

    @Test
    void rejectsUnknownSourceInTitleLine() {
        assertProblem(read(write(dir, "us.csv", "Indicator: returnees\nSource: moh-2019\nsex,2022,2023\nF,1,2\n")),
                ProblemCodes.SOURCE_UNKNOWN, 2, 1);
    }

    @Test
    void rejectsNonNumericCellWithRowAndColumn() {
        ImportBatch batch = read(write(dir, "v.csv", AGENCY_TABLE.replace("\"34,573\"", "approx. 34k")));
        assertEquals(List.of("approx. 34k"), assertProblem(batch, ProblemCodes.VALUE_NOT_NUMBER, 10, 3).args());
    }

    @Test
    void rejectsFileWithoutPeriodHeaders() {
        assertProblem(read(write(dir, "nt.csv", "Some report\nwith,no,table\n")), ProblemCodes.WIDE_NO_TABLE, 0, 0);
    }

    @Test
    void rejectsRaggedRowInsideTheTable() {
        Problem p = assertProblem(read(write(dir, "rg.csv", "Indicator: returnees\nsex,2022,2023\nF,1,2,3\n")),
                ProblemCodes.CSV_RAGGED_ROW, 3, 0);
        assertEquals(List.of(3, 4), p.args());
    }

    @Test
    void rejectsLabelsUnderAnEmptyHeader() {
        assertProblem(read(write(dir, "lh.csv", "Indicator: returnees\n,2022,2023\nF,1,2\n")),
                ProblemCodes.WIDE_LABEL_HEADER_MISSING, 2, 1);
    }

    @Test
    void rejectsTwoRowsWithTheSameLabels() {
        Problem p = assertProblem(read(write(dir, "dup.csv", "Indicator: returnees\nsex,2022,2023\nF,1,2\nF,3,\n")),
                ProblemCodes.ROW_DUPLICATE, 4, 2);
        assertEquals(List.of(3), p.args());
    }

    @Test
    void rejectsTheSamePeriodTwiceInTheHeader() {
        assertProblem(read(write(dir, "pp.csv", "Indicator: returnees\nsex,2022,2022\nF,1,2\n")),
                ProblemCodes.HEADER_DUPLICATE_COLUMN, 2, 3);
    }

    @Test
    void warnsAboutColumnsRightOfThePeriodsThatAreNotPeriods() {
        ImportBatch batch = read(write(dir, "ig.csv", "Indicator: returnees\nsex,2022,2023,Remarks\nF,1,2,ok\n"));
        assertProblem(batch, ProblemCodes.WIDE_COLUMN_IGNORED, 2, 4);
        assertFalse(batch.hasErrors());
        assertEquals(2, batch.observations().size());
    }

    @Test
    void rejectsWideTableWithoutDataRows() {
        assertProblem(read(write(dir, "e.csv", "Indicator: returnees\nsex,2022,2023\n")),
                ProblemCodes.FILE_NO_DATA_ROWS, 0, 0);
    }
}
