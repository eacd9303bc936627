package org.mpstudio.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WidePeriodsTest {

    @ParameterizedTest(name = "[{0}] is {1}")
    @CsvSource(textBlock = """
            2019,     2019
            ' 2020 ', 2020
            2023-Q1,  2023-Q1
            Q1 2023,  2023-Q1
            q4 2022,  2022-Q4
            2023 Q2,  2023-Q2
            Q3/2023,  2023-Q3
            2023-07,  2023-07
            """)
    void readsPeriodHeaders(String header, String expected) {
        assertEquals(expected, WidePeriods.parse(header).orElseThrow().toString());
    }

    @ParameterizedTest(name = "[{0}] is not a period")
    @ValueSource(strings = {"Year", "Q5 2023", "2023-13", "destination", "0999", "Q1 23", ""})
    void rejectsOtherHeaders(String header) {
        assertTrue(WidePeriods.parse(header).isEmpty());
    }
}
