package org.mpstudio.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.mpstudio.model.Indicator;
import org.mpstudio.model.Observation;

/**
 * Reads the rows of a long file (docs/formats.md section 3) after its header, streaming: one observation per valid
 * row, every problem reported. Used for CSV (rows with a different cell count are ragged) and XLSX.
 */
final class LongReader {

    private static final Set<String> STATUSES =
            Set.of("reported", "provisional", "revised", "estimate", "derived", "partial", "unverified");
    private static final char JOIN = '\u001F';

    private final ImportContext ctx;
    private final ProblemCollector problems;
    private final IndicatorLookup indicators;
    private final ObservationIndex index = new ObservationIndex();
    private final RowSource rows;
    private final LongHeader header;
    private final String[] dimValues;
    private final StringBuilder joined = new StringBuilder();
    /** Per indicator index: which dimension columns it allows. */
    private final List<boolean[]> allowed = new ArrayList<>();
    /** First line where a dimension column had a value for an indicator without that dimension. */
    private final Map<Long, Integer> misplacedDimension = new LinkedHashMap<>();

    LongReader(ImportContext ctx, ProblemCollector problems, RowSource rows, LongHeader header) {
        this.ctx = ctx;
        this.problems = problems;
        this.indicators = new IndicatorLookup(ctx.indicators());
        this.rows = rows;
        this.header = header;
        this.dimValues = new String[header.dimensionColumns.length];
    }

    /** Reads the remaining rows of {@code rows}; reports {@code import.file.noDataRows} when there are none. */
    List<Observation> read() {
        List<Observation> observations = new ArrayList<>();
        int dataRows = 0;
        while (rows.next()) {
            if (rows.isBlank()) {
                continue;
            }
            dataRows++;
            if (rows.size() != header.width) {
                problems.error(ProblemCodes.CSV_RAGGED_ROW, rows.line(), 0, header.width, rows.size());
                continue;
            }
            Optional.ofNullable(readRow()).ifPresent(observations::add);
        }
        if (dataRows == 0) {
            problems.error(ProblemCodes.FILE_NO_DATA_ROWS, 0, 0);
        }
        reportMisplacedDimensions();
        return observations;
    }

    private Observation readRow() {
        int line = rows.line();
        int ind = indicator();
        int period = period();
        String valueText = rows.cell(header.value).strip();
        if (rows.kind(header.value) == CellKind.TEXT && NumberParser.isNoData(valueText)) {
            problems.warning(ProblemCodes.VALUE_NO_DATA, line, header.value + 1, valueText);
            return null;
        }
        boolean percent = ind >= 0 && indicators.isPercent(ind);
        double value = CellChecks.value(problems, rows, header.value, valueText, percent);
        String source = source();
        String status = status();
        int dims = dimensions(ind);
        checkUnnamedColumns();
        if (ind < 0 || period < 0 || Double.isNaN(value) || source == null || status == null || dims < 0) {
            return null;
        }
        int first = index.firstLine(ind, period, dims, line);
        if (first != 0) {
            problems.error(ProblemCodes.ROW_DUPLICATE, line, 0, first);
            return null;
        }
        String note = header.note < 0 ? "" : rows.cell(header.note).strip();
        return new Observation(indicators.get(ind).id(), index.periodOf(period), index.dimensionsOf(dims), value,
                source, status, note);
    }

    private int indicator() {
        int col = header.indicator;
        if (!CellChecks.usable(problems, rows, col)) {
            return IndicatorLookup.UNKNOWN;
        }
        String id = rows.cell(col).strip();
        if (id.isEmpty()) {
            problems.error(ProblemCodes.INDICATOR_MISSING, rows.line(), col + 1);
            return IndicatorLookup.UNKNOWN;
        }
        int ind = indicators.resolve(id);
        if (ind < 0) {
            indicators.reportUnknown(problems, id, rows.line(), col + 1);
        }
        return ind;
    }

    private int period() {
        int col = header.period;
        if (!CellChecks.notDateForPeriod(problems, rows, col)) {
            return ObservationIndex.INVALID;
        }
        String text = rows.cell(col).strip();
        int period = index.period(text);
        if (period < 0) {
            problems.error(text.isEmpty() ? ProblemCodes.PERIOD_MISSING : ProblemCodes.PERIOD_INVALID,
                    rows.line(), col + 1, text);
        }
        return period;
    }

    /** The row's source id, the default when the cell is empty, or null after an error. */
    private String source() {
        String id = header.source < 0 ? "" : rows.cell(header.source).strip();
        if (id.isEmpty()) {
            return ctx.defaultSource().orElse("");
        }
        if (!ctx.sourceIds().contains(id)) {
            problems.error(ProblemCodes.SOURCE_UNKNOWN, rows.line(), header.source + 1, id);
            return null;
        }
        return id;
    }

    private String status() {
        if (header.status < 0) {
            return "";
        }
        String text = rows.cell(header.status).strip();
        String status = text.toLowerCase(Locale.ROOT);
        if (!status.isEmpty() && !STATUSES.contains(status)) {
            problems.error(ProblemCodes.STATUS_INVALID, rows.line(), header.status + 1, text);
            return null;
        }
        return status;
    }

    /** The id of the row's dimension values; notes values in columns the indicator does not have. */
    private int dimensions(int ind) {
        boolean[] allowedColumns = ind < 0 ? null : allowedColumns(ind);
        joined.setLength(0);
        for (int i = 0; i < dimValues.length; i++) {
            int col = header.dimensionColumns[i];
            if (!CellChecks.usable(problems, rows, col)) {
                return ObservationIndex.INVALID;
            }
            String v = rows.cell(col).strip();
            dimValues[i] = v;
            joined.append(v).append(JOIN);
            if (!v.isEmpty() && allowedColumns != null && !allowedColumns[i]) {
                misplacedDimension.putIfAbsent(((long) i << 32) | ind, rows.line());
            }
        }
        return index.dimensions(joined.toString(), header.dimensionNames, dimValues);
    }

    private boolean[] allowedColumns(int ind) {
        while (allowed.size() <= ind) {
            List<String> dims = indicators.get(allowed.size()).dimensions();
            boolean[] flags = new boolean[header.dimensionNames.length];
            for (int i = 0; i < flags.length; i++) {
                flags[i] = dims.contains(header.dimensionNames[i]);
            }
            allowed.add(flags);
        }
        return allowed.get(ind);
    }

    private void checkUnnamedColumns() {
        for (int col : header.unnamedColumns) {
            String text = rows.cell(col).strip();
            if (!text.isEmpty()) {
                problems.error(ProblemCodes.CELL_NO_HEADER, rows.line(), col + 1, text);
            }
        }
    }

    private void reportMisplacedDimensions() {
        misplacedDimension.forEach((key, firstLine) -> {
            int dim = (int) (key >>> 32);
            Indicator indicator = indicators.get((int) (long) key);
            problems.error(ProblemCodes.DIMENSION_NOT_OF_INDICATOR, header.line, header.dimensionColumns[dim] + 1,
                    header.dimensionNames[dim], indicator.id(), String.join(", ", indicator.dimensions()), firstLine);
        });
    }
}
