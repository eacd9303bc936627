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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mpstudio.model.Observation;
import org.mpstudio.model.Period;
import org.mpstudio.model.Problem;

/** The long CSV layout (docs/formats.md section 3), read through {@link ObservationFileReader}. */
class LongReaderTest {

    private static final String HEADER = "indicator,period,value,source,status,destination\n";

    @TempDir
    Path dir;

    @Test
    void readsEveryColumnOfTheContract() {
        Path file = write(dir, "obs.csv", """
                 Indicator ,PERIOD,Value,Source,Status,Note,Destination,SEX
                workers_deployed_contract,2023,159986,dolab-2024,reported,,,
                workers_deployed_contract,2022,"67,295",nhandan-2023,Provisional,"from the press, p. 3",JPN,F
                """);
        ImportBatch batch = read(file);
        assertClean(batch);
        assertEquals(Layout.LONG, batch.layout());
        assertEquals(List.of(
                new Observation("workers_deployed_contract", Period.ofYear(2023), Fixtures.dims(), 159986,
                        "dolab-2024", "reported", ""),
                new Observation("workers_deployed_contract", Period.ofYear(2022),
                        Fixtures.dims("destination", "JPN", "sex", "F"), 67295, "nhandan-2023", "provisional",
                        "from the press, p. 3")), batch.observations());
    }

    @Test
    void readsYearMonthAndQuarterPeriods() {
        Path file = write(dir, "p.csv", HEADER + """
                workers_deployed_contract,2023,1,,,
                workers_deployed_contract,2023-07,2,,,
                workers_deployed_contract,2023-Q3,3,,,
                """);
        ImportBatch batch = read(file);
        assertClean(batch);
        assertEquals(List.of("2023", "2023-07", "2023-Q3"),
                batch.observations().stream().map(o -> o.period().toString()).toList());
        assertEquals(Period.Kind.QUARTER, batch.observations().get(2).period().kind());
        assertEquals(3.0, batch.observations().get(2).value());
    }

    @Test
    void treatsEmptyDimensionCellAsTotal() {
        ImportBatch batch = read(write(dir, "t.csv", HEADER + "workers_deployed_contract,2023,10,,,\n"
                + "workers_deployed_contract,2023,4,,,JPN\n"));
        assertClean(batch);
        assertTrue(batch.observations().get(0).dimensions().isTotal());
        assertEquals("JPN", batch.observations().get(1).dimensions().get("destination"));
    }

    @Test
    void appliesDefaultSourceToRowsWithoutOne() {
        Path file = write(dir, "s.csv", "indicator,period,value\nreturnees,2021,7\n");
        ImportBatch batch = read(file, Fixtures.context(Optional.of("dolab-2024"), Optional.empty()));
        assertClean(batch);
        assertEquals("dolab-2024", batch.observations().get(0).sourceId());
    }

    @Test
    void readsSemicolonFilesWithDecimalCommas() {
        Path file = write(dir, "eu.csv", """
                indicator;period;value;destination
                workers_deployed_contract;2023;1.234,5;JPN
                workers_deployed_contract;2022;12,5;KOR
                """);
        ImportBatch batch = read(file);
        assertClean(batch);
        assertEquals(1234.5, find(batch, "2023", "destination=JPN").value());
        assertEquals(12.5, find(batch, "2022", "destination=KOR").value());
    }

    @Test
    void readsTabSeparatedFiles() {
        ImportBatch batch = read(write(dir, "tab.tsv", "indicator\tperiod\tvalue\nreturnees\t2020\t1 234,5\n"));
        assertClean(batch);
        assertEquals(1234.5, batch.observations().get(0).value());
    }

    @Test
    void stripsPercentSignForPercentIndicators() {
        ImportBatch batch = read(write(dir, "pc.csv", "indicator,period,value\nremittances_share_gdp,2023,5.2%\n"));
        assertClean(batch);
        assertEquals(5.2, batch.observations().get(0).value(), 1e-9);
    }

    @Test
    void skipsNoDataValuesWithAWarning() {
        ImportBatch batch = read(write(dir, "nd.csv", HEADER + "workers_deployed_contract,2023,..,,,\n"
                + "workers_deployed_contract,2022,5,,,\n"));
        Problem warning = assertProblem(batch, ProblemCodes.VALUE_NO_DATA, 2, 3);
        assertFalse(warning.isError());
        assertFalse(batch.hasErrors());
        assertEquals(1, batch.observations().size());
        assertEquals(2022, batch.observations().get(0).period().year());
    }

    @Test
    void countsPhysicalLinesAfterQuotedNewlines() {
        Path file = write(dir, "ml.csv", "indicator,period,value,note\n"
                + "returnees,2020,1,\"two\nlines\"\n"
                + "returnees,2021,oops,\n");
        assertProblem(read(file), ProblemCodes.VALUE_NOT_NUMBER, 4, 3);
    }

    @ParameterizedTest(name = "{1} at {2}:{3}")
    @CsvSource(delimiter = '|', textBlock = """
            workers_deployed_contract,2023,abc,,,              | import.value.notNumber          | 2 | 3
            workers_deployed_contract,2023,12%,,,              | import.value.percentSign        | 2 | 3
            workers_deployd_contract,2023,5,,,                 | import.indicator.unknownSuggest | 2 | 1
            population,2023,5,,,                               | import.indicator.unknown        | 2 | 1
            ,2023,5,,,                                         | import.indicator.missing        | 2 | 1
            workers_deployed_contract,2023-13,5,,,             | import.period.invalid           | 2 | 2
            workers_deployed_contract,23,5,,,                  | import.period.invalid           | 2 | 2
            workers_deployed_contract,,5,,,                    | import.period.missing           | 2 | 2
            workers_deployed_contract,2023,5,unknown-src,,     | import.source.unknown           | 2 | 4
            workers_deployed_contract,2023,5,,guessed,         | import.status.invalid           | 2 | 5
            workers_deployed_contract,2023,5,,,JPN/workers_deployed_contract,2023,6,,,JPN | import.row.duplicate | 3 | 0
            workers_deployed_contract,2023,5,,/returnees,2023,1,,, | import.csv.raggedRow         | 2 | 0
            workers_deployed_contract,2023,5,,,JPN,extra       | import.csv.raggedRow            | 2 | 0
            remittances_share_gdp,2023,5,,,JPN                 | import.dimension.notOfIndicator | 1 | 6
            returnees,2023,5,,,/returnees,2024,"6,,,           | import.csv.unclosedQuote        | 3 | 0
            """)
    void rejectsBadRowWithCodeRowAndColumn(String rows, String code, int line, int column) {
        ImportBatch batch = read(write(dir, "bad.csv", HEADER + rows.replace('/', '\n') + "\n"));
        assertTrue(batch.hasErrors());
        assertProblem(batch, code, line, column);
    }

    @Test
    void rejectsRowWithNonNumericValueNamingTheText() {
        Problem p = assertProblem(read(write(dir, "v.csv", HEADER + "returnees,2023,12 persons,,,\n")),
                ProblemCodes.VALUE_NOT_NUMBER, 2, 3);
        assertEquals(List.of("12 persons"), p.args());
    }

    @Test
    void namesTheFirstRowOfADuplicate() {
        ImportBatch batch = read(write(dir, "d.csv", HEADER + """
                workers_deployed_contract,2023,5,,,JPN
                workers_deployed_contract,2023,5,,,KOR
                workers_deployed_contract,2023, 7 ,,,JPN
                """));
        assertEquals(List.of(2), assertProblem(batch, ProblemCodes.ROW_DUPLICATE, 4, 0).args());
    }

    @Test
    void suggestsClosestIndicatorId() {
        Problem p = assertProblem(read(write(dir, "i.csv", HEADER + "returnes,2023,5,,,\n")),
                ProblemCodes.INDICATOR_UNKNOWN_SUGGEST, 2, 1);
        assertEquals(List.of("returnes", "returnees"), p.args());
    }

    @Test
    void reportsRaggedRowWithExpectedAndFoundCounts() {
        Problem p = assertProblem(read(write(dir, "r.csv", HEADER + "returnees,2023,5\n")),
                ProblemCodes.CSV_RAGGED_ROW, 2, 0);
        assertEquals(List.of(6, 3), p.args());
    }

    @Test
    void reportsDimensionColumnNotOfIndicatorOnceAtTheHeader() {
        ImportBatch batch = read(write(dir, "dim.csv", "indicator,period,value,province\n"
                + "returnees,2023,5,HN\nworkers_deployed_contract,2023,5,\nworkers_deployed_contract,2022,5,HN\n"
                + "workers_deployed_contract,2021,5,HCM\n"));
        Problem p = assertProblem(batch, ProblemCodes.DIMENSION_NOT_OF_INDICATOR, 1, 4);
        assertEquals(List.of("province", "workers_deployed_contract", "destination, sex", 4), p.args());
    }

    @Test
    void reportsEveryBadRowNotOnlyTheFirst() {
        ImportBatch batch = read(write(dir, "many.csv", HEADER + """
                returnees,2023,x,,,
                returnees,2022,5,,,
                returnees,20x2,5,,,
                nope,2021,y,,,
                """));
        assertEquals(List.of("import.value.notNumber@2:3", "import.period.invalid@4:2",
                "import.indicator.unknown@5:1", "import.value.notNumber@5:3"),
                batch.problems().stream().map(p -> p.code() + "@" + p.line() + ":" + p.column()).toList());
    }

    @Test
    void rejectsMissingRequiredColumn() {
        Problem p = assertProblem(read(write(dir, "m.csv", "indicator,period,amount\nreturnees,2023,5\n")),
                ProblemCodes.HEADER_MISSING_COLUMN, 1, 0);
        assertEquals(List.of("value"), p.args());
    }

    @Test
    void rejectsDuplicateHeaderColumn() {
        Problem p = assertProblem(read(write(dir, "h.csv", "indicator,period,value,Value\nreturnees,2023,5,6\n")),
                ProblemCodes.HEADER_DUPLICATE_COLUMN, 1, 4);
        assertEquals(List.of("value", 3), p.args());
    }

    @Test
    void rejectsTextUnderColumnWithoutHeader() {
        ImportBatch batch = read(write(dir, "nh.csv", "indicator,period,value,\nreturnees,2023,5,\n"
                + "returnees,2022,5,stray\n"));
        assertProblem(batch, ProblemCodes.CELL_NO_HEADER, 3, 4);
        assertEquals(1, batch.problems().size());
    }

    @Test
    void rejectsFileWithHeaderOnly() {
        assertProblem(read(write(dir, "ho.csv", HEADER)), ProblemCodes.FILE_NO_DATA_ROWS, 0, 0);
    }

    @Test
    void skipsBlankLines() {
        ImportBatch batch = read(write(dir, "b.csv", "\n" + HEADER + "\nreturnees,2023,5,,,\n,,,,,\n\n"));
        assertClean(batch);
        assertEquals(1, batch.observations().size());
    }

    @Test
    void stopsListingAfterTheProblemLimit() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < ProblemCollector.LIMIT + 50; i++) {
            csv.append("returnees,2023,bad,,,\n");
        }
        ImportBatch batch = read(write(dir, "lim.csv", csv.toString()));
        assertEquals(ProblemCollector.LIMIT + 1, batch.problems().size());
        assertProblem(batch, ProblemCodes.FILE_TOO_MANY_PROBLEMS, 0, 0);
    }
}
