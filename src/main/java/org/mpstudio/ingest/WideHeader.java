package org.mpstudio.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.mpstudio.model.Period;

/**
 * The header of a wide table: the first row with at least two period cells (the period row), the period columns,
 * and the label columns to the left of the first period column. A label column's dimension name is its header in
 * the period row, or, when that is empty (two header rows, merged cells), the header in the row above; lower-cased
 * and trimmed. Row-number columns ({@code STT}, {@code No.}, {@code #}) are skipped. Columns right of the periods
 * that are not periods are ignored with a warning.
 */
final class WideHeader {

    private static final Set<String> ROW_NUMBER_HEADERS = Set.of("stt", "tt", "no", "no.", "#");

    /** Index of the period row in the grid's rows. */
    final int periodRowIndex;
    final Grid.Row periodRow;
    final List<Integer> periodColumns = new ArrayList<>();
    final List<Period> periods = new ArrayList<>();
    final List<Integer> labelColumns = new ArrayList<>();
    final List<String> labelNames = new ArrayList<>();
    /** Line where each label column's name was found. */
    final List<Integer> labelLines = new ArrayList<>();
    /** Label columns with no header; their cells must be empty. */
    final List<Integer> unnamedColumns = new ArrayList<>();
    private int firstPeriodColumn = -1;

    private WideHeader(Grid grid, int periodRowIndex) {
        this.periodRowIndex = periodRowIndex;
        this.periodRow = grid.rows().get(periodRowIndex);
    }

    /** Finds the header; empty when no row has two period cells. Reports problems of header cells. */
    static Optional<WideHeader> find(Grid grid, ProblemCollector problems) {
        for (int i = 0; i < grid.rows().size(); i++) {
            if (periodCells(grid.rows().get(i)) >= 2) {
                WideHeader header = new WideHeader(grid, i);
                header.readPeriods(grid, problems);
                header.readLabels(grid);
                return Optional.of(header);
            }
        }
        return Optional.empty();
    }

    private static int periodCells(Grid.Row row) {
        int count = 0;
        for (int c = 0; c < row.cells().length; c++) {
            boolean date = row.kind(c) == CellKind.DATE;
            count += date || WidePeriods.parse(row.cell(c)).isPresent() ? 1 : 0;
        }
        return count;
    }

    private void readPeriods(Grid grid, ProblemCollector problems) {
        Map<Period, Integer> seen = new HashMap<>();
        int line = periodRow.line();
        for (int c = 0; c < periodRow.cells().length; c++) {
            String text = periodRow.cell(c).strip();
            Optional<Period> period = WidePeriods.parse(text);
            if (periodRow.kind(c) == CellKind.DATE) {
                problems.error(ProblemCodes.XLSX_DATE_NOT_PERIOD, line, c + 1, grid.cellRef(c, line), text);
                period = Optional.empty();
                markFirstPeriodColumn(c);
            } else if (period.isPresent()) {
                Integer first = seen.putIfAbsent(period.get(), c);
                if (first != null) {
                    problems.error(ProblemCodes.HEADER_DUPLICATE_COLUMN, line, c + 1, text, first + 1);
                    continue;
                }
                markFirstPeriodColumn(c);
                periodColumns.add(c);
                periods.add(period.get());
            } else if (!text.isEmpty() && firstPeriodColumn >= 0) {
                problems.warning(ProblemCodes.WIDE_COLUMN_IGNORED, line, c + 1, text);
            }
        }
    }

    private void markFirstPeriodColumn(int column) {
        if (firstPeriodColumn < 0) {
            firstPeriodColumn = column;
        }
    }

    private void readLabels(Grid grid) {
        Grid.Row above = periodRowIndex > 0 ? grid.rows().get(periodRowIndex - 1) : null;
        boolean useAbove = above != null && !TitleLines.isKeyLine(above);
        for (int c = 0; c < firstPeriodColumn; c++) {
            String name = LongHeader.name(periodRow.cell(c));
            int line = periodRow.line();
            if (name.isEmpty() && useAbove) {
                name = LongHeader.name(above.cell(c));
                line = above.line();
            }
            if (ROW_NUMBER_HEADERS.contains(name)) {
                continue;
            }
            if (name.isEmpty()) {
                unnamedColumns.add(c);
            } else {
                labelColumns.add(c);
                labelNames.add(name);
                labelLines.add(line);
            }
        }
    }
}
