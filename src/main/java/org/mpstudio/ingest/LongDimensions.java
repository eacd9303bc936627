package org.mpstudio.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mpstudio.model.Indicator;

/**
 * The dimension columns of a long file: reads a row's dimension values into a shared dimensions id, and notes a value
 * in a column that is not a dimension of the row's indicator, reported once per column and indicator at the header.
 */
final class LongDimensions {

    private static final char JOIN = '\u001F';

    private final LongHeader header;
    private final IndicatorLookup indicators;
    private final ObservationIndex index;
    private final String[] values;
    private final StringBuilder joined = new StringBuilder();
    /** Per indicator index: which dimension columns it allows. */
    private final List<boolean[]> allowed = new ArrayList<>();
    /** First line where a dimension column had a value for an indicator without that dimension. */
    private final Map<Long, Integer> misplaced = new LinkedHashMap<>();

    LongDimensions(LongHeader header, IndicatorLookup indicators, ObservationIndex index) {
        this.header = header;
        this.indicators = indicators;
        this.index = index;
        this.values = new String[header.dimensionColumns.length];
    }

    /** The dimensions id of the current row, or {@link ObservationIndex#INVALID} after a formula error. */
    int read(RowSource rows, int indicator, ProblemCollector problems) {
        boolean[] allowedColumns = indicator < 0 ? null : allowedColumns(indicator);
        joined.setLength(0);
        for (int i = 0; i < values.length; i++) {
            int col = header.dimensionColumns[i];
            if (!CellChecks.usable(problems, rows, col)) {
                return ObservationIndex.INVALID;
            }
            String v = rows.cell(col).strip();
            values[i] = v;
            joined.append(v).append(JOIN);
            if (!v.isEmpty() && allowedColumns != null && !allowedColumns[i]) {
                misplaced.putIfAbsent(((long) i << 32) | indicator, rows.line());
            }
        }
        return index.dimensions(joined.toString(), header.dimensionNames, values);
    }

    /** Reports each column used by an indicator that does not have it, at the header, naming the first row. */
    void reportMisplaced(ProblemCollector problems) {
        misplaced.forEach((key, firstLine) -> {
            int dim = (int) (key >>> 32);
            Indicator indicator = indicators.get((int) (long) key);
            problems.error(ProblemCodes.DIMENSION_NOT_OF_INDICATOR, header.line, header.dimensionColumns[dim] + 1,
                    header.dimensionNames[dim], indicator.id(), String.join(", ", indicator.dimensions()), firstLine);
        });
    }

    private boolean[] allowedColumns(int indicator) {
        while (allowed.size() <= indicator) {
            List<String> dims = indicators.get(allowed.size()).dimensions();
            boolean[] flags = new boolean[header.dimensionNames.length];
            for (int i = 0; i < flags.length; i++) {
                flags[i] = dims.contains(header.dimensionNames[i]);
            }
            allowed.add(flags);
        }
        return allowed.get(indicator);
    }
}
