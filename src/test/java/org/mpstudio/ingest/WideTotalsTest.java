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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WideTotalsTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "[{0}] is a total label")
    @ValueSource(strings = {"Total", "TOTAL", " total ", "Tổng", "Tổng cộng", "TỔNG CỘNG", "Cộng", "ລວມ"})
    void recognisesTotalLabelsInEnglishVietnameseAndLao(String label) {
        assertTrue(WideTotals.isTotalLabel(label));
    }

    @ParameterizedTest(name = "[{0}] is not a total label")
    @ValueSource(strings = {"Totals of men", "JPN", "", "Tổng hợp"})
    void leavesOtherLabelsAlone(String label) {
        assertFalse(WideTotals.isTotalLabel(label));
    }

    @Test
    void checksLaoTotalsRowAndImportsItAsTheTotal() {
        ImportBatch batch = read(write(dir, "lao.csv", """
                Indicator: returnees
                sex,2022,2023
                F,10,20
                M,5,7
                ລວມ,15,28
                """));
        assertProblem(batch, ProblemCodes.WIDE_TOTAL_MISMATCH, 5, 3);
        assertEquals(15, find(batch, "2022", "").value());
        assertEquals(28, find(batch, "2023", "").value());
    }

    @Test
    void skipsTheCheckWhenNoRowAboveHasData() {
        ImportBatch batch = read(write(dir, "only.csv", """
                Indicator: returnees
                sex,2022,2023
                F,-,20
                Total,15,20
                """));
        assertClean(batch);
        assertEquals(15, find(batch, "2022", "").value());
    }
}
