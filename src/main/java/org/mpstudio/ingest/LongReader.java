package org.mpstudio.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.mpstudio.model.Observation;

/**
 * Reads the rows of a long file (docs/formats.md section 3) after its header, streaming: one observation per valid
 * row, every problem reported. Used for CSV (rows with a different cell count are ragged) and XLSX.
 */
final class LongReader {

    private static final Map<String, String> STATUSES = Observation.STATUSES.stream()
            .collect(Collectors.toUnmodifiableMap(s -> s, s -> s));

    private final ImportContext ctx;
    private final ProblemCollector problems;
    private final IndicatorLookup indicators;
    private final ObservationIndex index = new ObservationIndex();
    private final RowSource rows;
    /** Known source ids mapped to themselves, so observations share one string instead of a copy per row. */
    private final Map<String, String> sources;
    private final LongHeader header;
    private final LongDimensions dimensions;

    LongReader(ImportContext ctx, ProblemCollector problems, RowSource rows, LongHeader header) {
        this.ctx = ctx;
        this.problems = problems;
        this.indicators = new IndicatorLookup(ctx.indicators());
        this.rows = rows;
        this.header = header;
        this.dimensions = new LongDimensions(header, indicators, index);
        this.sources = ctx.sourceIds().stream().collect(Collectors.toUnmodifiableMap(s -> s, s -> s));
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
            Observation observation = readRow();
            if (observation != null) {
                observations.add(observation);
            }
        }
        if (dataRows == 0) {
            problems.error(ProblemCodes.FILE_NO_DATA_ROWS, 0, 0);
        }
        dimensions.reportMisplaced(problems);
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
        int dims = dimensions.read(rows, ind, problems);
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
        String known = sources.get(id);
        if (known == null) {
            problems.error(ProblemCodes.SOURCE_UNKNOWN, rows.line(), header.source + 1, id);
        }
        return known;
    }

    private String status() {
        if (header.status < 0) {
            return "";
        }
        String text = rows.cell(header.status).strip();
        if (text.isEmpty()) {
            return "";
        }
        String status = STATUSES.get(text.toLowerCase(Locale.ROOT));
        if (status == null) {
            problems.error(ProblemCodes.STATUS_INVALID, rows.line(), header.status + 1, text);
        }
        return status;
    }

    private void checkUnnamedColumns() {
        for (int col : header.unnamedColumns) {
            String text = rows.cell(col).strip();
            if (!text.isEmpty()) {
                problems.error(ProblemCodes.CELL_NO_HEADER, rows.line(), col + 1, text);
            }
        }
    }
}
