package org.mpstudio.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.mpstudio.model.Indicator;
import org.mpstudio.model.Observation;

/**
 * Reads a wide table (periods as columns) from a {@link Grid}: title lines name the indicator and source, the
 * {@link WideHeader} gives periods and dimension names, each data row gives one observation per filled period cell.
 * Empty cells and {@code -}, {@code –}, {@code ..}, {@code n/a} are no data. Totals rows are checked
 * ({@link WideTotals}) and imported as the total only when no other row gives the same key. In CSV, a row with a
 * single cell is a note line and is skipped; other rows with a cell count different from the header are ragged.
 */
final class WideReader {

    private final ImportContext ctx;
    private final ProblemCollector problems;
    private final Grid grid;
    private final IndicatorLookup indicators;
    private final Set<Integer> reportedUnnamed = new HashSet<>();

    WideReader(ImportContext ctx, ProblemCollector problems, Grid grid) {
        this.ctx = ctx;
        this.problems = problems;
        this.grid = grid;
        this.indicators = new IndicatorLookup(ctx.indicators());
    }

    List<Observation> read() {
        Optional<WideHeader> found = WideHeader.find(grid, problems);
        if (found.isEmpty()) {
            problems.error(ProblemCodes.WIDE_NO_TABLE, 0, 0);
            return List.of();
        }
        WideHeader header = found.get();
        TitleLines titles = TitleLines.parse(grid.rows().subList(0, header.periodRowIndex));
        int ind = indicator(titles);
        String source = source(titles);
        boolean dimensionsKnown = ind >= 0 && checkDimensions(header, indicators.get(ind));
        List<WideRow> rows = readRows(header, ind >= 0 && indicators.isPercent(ind));
        if (rows.isEmpty()) {
            problems.error(ProblemCodes.FILE_NO_DATA_ROWS, 0, 0);
        }
        WideTotals.check(rows, header, problems);
        if (!dimensionsKnown || source == null) {
            return List.of();
        }
        return new WideObservations(problems, header, indicators.get(ind).id(), source).build(rows);
    }

    private int indicator(TitleLines titles) {
        Optional<TitleLines.Value> named = titles.indicator();
        String id = named.map(TitleLines.Value::text).or(ctx::indicatorOverride).orElse("");
        if (id.isEmpty()) {
            problems.error(ProblemCodes.WIDE_NO_INDICATOR, 0, 0);
            return IndicatorLookup.UNKNOWN;
        }
        int ind = indicators.resolve(id);
        if (ind < 0) {
            indicators.reportUnknown(problems, id, named.map(TitleLines.Value::line).orElse(0),
                    named.map(TitleLines.Value::column).orElse(0));
        }
        return ind;
    }

    /** The source id from the title lines or the default; null after an error. */
    private String source(TitleLines titles) {
        Optional<TitleLines.Value> named = titles.source();
        if (named.isEmpty()) {
            return ctx.defaultSource().orElse("");
        }
        TitleLines.Value value = named.get();
        if (!ctx.sourceIds().contains(value.text())) {
            problems.error(ProblemCodes.SOURCE_UNKNOWN, value.line(), value.column(), value.text());
            return null;
        }
        return value.text();
    }

    private boolean checkDimensions(WideHeader header, Indicator indicator) {
        boolean ok = true;
        for (int i = 0; i < header.labelNames.size(); i++) {
            String name = header.labelNames.get(i);
            if (!indicator.dimensions().contains(name)) {
                problems.error(ProblemCodes.DIMENSION_NOT_OF_INDICATOR, header.labelLines.get(i),
                        header.labelColumns.get(i) + 1, name, indicator.id(),
                        String.join(", ", indicator.dimensions()), header.labelLines.get(i));
                ok = false;
            }
        }
        return ok;
    }

    private List<WideRow> readRows(WideHeader header, boolean percent) {
        List<WideRow> rows = new ArrayList<>();
        int width = header.periodRow.cells().length;
        RowSource row = grid.cursor(header.periodRowIndex + 1);
        while (row.next()) {
            if (row.isBlank() || (!grid.spreadsheet() && row.size() == 1)) {
                continue;
            }
            if (row.size() != width) {
                problems.error(ProblemCodes.CSV_RAGGED_ROW, row.line(), 0, width, row.size());
                continue;
            }
            rows.add(readRow(row, header, percent));
        }
        return rows;
    }

    private WideRow readRow(RowSource row, WideHeader header, boolean percent) {
        int labelCount = header.labelColumns.size();
        String[] labels = new String[labelCount];
        boolean[] total = new boolean[labelCount];
        for (int i = 0; i < labelCount; i++) {
            int col = header.labelColumns.get(i);
            labels[i] = CellChecks.usable(problems, row, col) ? row.cell(col).strip() : "";
            total[i] = WideTotals.isTotalLabel(labels[i]);
        }
        for (int col : header.unnamedColumns) {
            if (!row.cell(col).isBlank() && reportedUnnamed.add(col)) {
                problems.error(ProblemCodes.WIDE_LABEL_HEADER_MISSING, header.periodRow.line(), col + 1,
                        row.cell(col).strip(), row.line());
            }
        }
        double[] values = new double[header.periodColumns.size()];
        for (int p = 0; p < values.length; p++) {
            int col = header.periodColumns.get(p);
            String text = row.cell(col).strip();
            boolean noData = row.kind(col) == CellKind.TEXT && NumberParser.isNoData(text);
            values[p] = noData ? Double.NaN : CellChecks.value(problems, row, col, text, percent);
        }
        return new WideRow(row.line(), labels, total, values);
    }
}
