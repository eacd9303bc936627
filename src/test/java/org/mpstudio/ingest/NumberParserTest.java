package org.mpstudio.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberParserTest {

    @ParameterizedTest(name = "[{0}] is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            12345        | 12345
            1,234        | 1234
            1,234,567    | 1234567
            1,234.5      | 1234.5
            1.234,5      | 1234.5
            1.234.567,25 | 1234567.25
            1 234,5      | 1234.5
            1 234 567    | 1234567
            1 234.5      | 1234.5
            12.5         | 12.5
            -3           | -3
            +7           | 7
            12,5         | 12.5
            1,2345       | 1.2345
            0,123        | 0.123
            1.234        | 1.234
            0.001        | 0.001
            -1,234.75    | -1234.75
            159986       | 159986
            1234567890123456789012 | 1234567890123456789012
            """)
    void readsNumbersWithSeparators(String text, double expected) {
        assertEquals(expected, NumberParser.parse(text, false), 1e-9);
    }

    @Test
    void readsNoBreakAndNarrowNoBreakSpacesAsThousandsSeparators() {
        assertEquals(1234.5, NumberParser.parse("1\u00A0234,5", false), 1e-9);
        assertEquals(1234567, NumberParser.parse("1\u202F234\u202F567", false), 1e-9);
    }

    @ParameterizedTest(name = "[{0}] is not a number")
    @ValueSource(strings = {"abc", "12a", "1,23,4", "1.2.3", "1,234,5678", "1,,234", "12.", ".5", "1 2", "1e5",
        "--3", "1,234.5.6", "1.234,5,6", "1 234,567,8", "(12)", "12 %", "12%"})
    void rejectsTextThatIsNotANumber(String text) {
        assertTrue(Double.isNaN(NumberParser.parse(text, false)), text);
    }

    @Test
    void stripsPercentSignOnlyWhenAllowed() {
        assertEquals(12.5, NumberParser.parse("12.5%", true), 1e-9);
        assertEquals(3.25, NumberParser.parse("3,25 %", true), 1e-9);
        assertTrue(Double.isNaN(NumberParser.parse("12.5%", false)));
    }

    @ParameterizedTest(name = "[{0}] is no data")
    @ValueSource(strings = {"", "  ", "-", "\u2013", "..", "n/a", "N/A", " - "})
    void recognisesNoDataMarkers(String text) {
        assertTrue(NumberParser.isNoData(text));
    }

    @Test
    void zeroIsDataNotNoData() {
        assertFalse(NumberParser.isNoData("0"));
        assertEquals(0.0, NumberParser.parse("0", false));
    }
}
