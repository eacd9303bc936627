package org.mpstudio.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CsvTokenizerTest {

    @Test
    void splitsPlainFieldsAndKeepsEmptyOnes() {
        CsvTokenizer t = new CsvTokenizer("a,b,,d,\n", ',');
        assertTrue(t.next());
        assertArrayEquals(new String[] {"a", "b", "", "d", ""}, t.copyCells());
        assertFalse(t.next());
    }

    @Test
    void readsQuotedFieldsWithDoubledQuotesAndDelimiters() {
        CsvTokenizer t = new CsvTokenizer("\"say \"\"hi\"\"\",\"a,b\",c", ',');
        assertTrue(t.next());
        assertArrayEquals(new String[] {"say \"hi\"", "a,b", "c"}, t.copyCells());
    }

    @Test
    void keepsNewlinesInsideQuotesAndCountsPhysicalLines() {
        CsvTokenizer t = new CsvTokenizer("h1,h2\r\n\"line one\r\nline two\",x\r\nlast,y\r\n", ',');
        assertTrue(t.next());
        assertEquals(1, t.line());
        assertTrue(t.next());
        assertEquals(2, t.line());
        assertEquals("line one\r\nline two", t.cell(0));
        assertTrue(t.next());
        assertEquals(4, t.line());
        assertArrayEquals(new String[] {"last", "y"}, t.copyCells());
        assertFalse(t.next());
    }

    @Test
    void treatsCrLfAndLoneCrAsOneLineBreak() {
        CsvTokenizer t = new CsvTokenizer("a\r\nb\rc\nd", ',');
        int[] lines = new int[4];
        for (int i = 0; i < 4; i++) {
            assertTrue(t.next());
            lines[i] = t.line();
        }
        assertArrayEquals(new int[] {1, 2, 3, 4}, lines);
        assertEquals("d", t.cell(0));
    }

    @Test
    void reportsLineWhereUnclosedQuoteStarted() {
        CsvTokenizer t = new CsvTokenizer("a,b\nc,d\n\"open,\nmore\nstill\n", ',');
        assertTrue(t.next());
        assertTrue(t.next());
        assertFalse(t.next());
        assertEquals(3, t.unclosedQuoteLine());
    }

    @Test
    void usesTheGivenDelimiter() {
        CsvTokenizer t = new CsvTokenizer("a;1,5;\"x;y\"", ';');
        assertTrue(t.next());
        assertArrayEquals(new String[] {"a", "1,5", "x;y"}, t.copyCells());
    }

    @Test
    void picksSemicolonOrTabWhenTheyOutnumberCommas() {
        assertEquals(';', CsvFileReader.delimiter("indicator;period;value\nx;2023;1,5\n"));
        assertEquals('\t', CsvFileReader.delimiter("indicator\tperiod\tvalue\n"));
        assertEquals(',', CsvFileReader.delimiter("indicator,period,value,note\nx,2023,1,\"a;b;c;d\"\n"));
    }
}
