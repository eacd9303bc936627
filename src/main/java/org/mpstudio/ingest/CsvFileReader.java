package org.mpstudio.ingest;

import java.util.ArrayList;
import java.util.List;

import org.mpstudio.model.Observation;

/**
 * Reads a CSV file's bytes: decodes them ({@link EncodingDetector}), refuses binary content, picks the delimiter,
 * then streams a long file through {@link LongReader} or collects a wide file into a {@link Grid} for
 * {@link WideReader}. An unclosed quote is reported at the line where its field started.
 */
final class CsvFileReader {

    private static final int DELIMITER_SAMPLE_LINES = 10;

    private CsvFileReader() {
    }

    static ObservationFileReader.Result read(byte[] bytes, ImportContext ctx, ProblemCollector problems) {
        String text = EncodingDetector.decode(bytes).text();
        if (EncodingDetector.looksBinary(text)) {
            problems.error(ProblemCodes.FILE_BINARY, 0, 0);
            return ObservationFileReader.Result.EMPTY;
        }
        CsvTokenizer rows = new CsvTokenizer(text, delimiter(text));
        boolean found = false;
        while (!found && rows.next()) {
            found = !rows.isBlank();
        }
        ObservationFileReader.Result result = ObservationFileReader.Result.EMPTY;
        if (!found && rows.unclosedQuoteLine() == 0) {
            problems.error(ProblemCodes.FILE_EMPTY, 0, 0);
        } else if (found && LongHeader.looksLong(rows)) {
            List<Observation> observations = LongHeader.parse(rows, problems)
                    .map(header -> new LongReader(ctx, problems, rows, header).read())
                    .orElse(List.of());
            result = new ObservationFileReader.Result(Layout.LONG, observations);
        } else if (found) {
            result = new ObservationFileReader.Result(Layout.WIDE,
                    new WideReader(ctx, problems, collect(rows)).read());
        }
        if (rows.unclosedQuoteLine() != 0) {
            problems.error(ProblemCodes.CSV_UNCLOSED_QUOTE, rows.unclosedQuoteLine(), 0);
        }
        return result;
    }

    /** The remaining rows, starting with the current one, as a grid. */
    private static Grid collect(CsvTokenizer rows) {
        List<Grid.Row> list = new ArrayList<>();
        do {
            list.add(new Grid.Row(rows.line(), rows.copyCells(), null));
        } while (rows.next());
        return new Grid(list, false);
    }

    /**
     * Comma, unless semicolons or tabs outnumber commas outside quotes in the first lines (European Excel exports
     * use semicolons because the comma is their decimal mark).
     */
    static char delimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        int lines = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length() && lines < DELIMITER_SAMPLE_LINES; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                switch (c) {
                    case ',' -> commas++;
                    case ';' -> semicolons++;
                    case '\t' -> tabs++;
                    case '\n' -> lines++;
                    default -> {
                        // other characters do not vote
                    }
                }
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }
}
