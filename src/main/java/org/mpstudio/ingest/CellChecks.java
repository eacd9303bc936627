package org.mpstudio.ingest;

/**
 * Checks shared by the long and the wide reader for single cells: formula errors, dates where a number or period
 * belongs, numbers. Each reports its own problem at the given row and 0-based column (reported 1-based).
 */
final class CellChecks {

    private CellChecks() {
    }

    /** Reports a formula error cell; true when the cell is usable (not an error). */
    static boolean usable(ProblemCollector problems, RowSource row, int column) {
        if (row.kind(column) != CellKind.ERROR) {
            return true;
        }
        problems.error(ProblemCodes.XLSX_FORMULA_ERROR, row.line(), column + 1, row.cellRef(column),
                row.cell(column).strip());
        return false;
    }

    /**
     * The number in a value cell, or NaN after reporting why it is not one. Callers first skip "no data" cells
     * ({@link NumberParser#isNoData}).
     */
    static double value(ProblemCollector problems, RowSource row, int column, String text, boolean percent) {
        int line = row.line();
        switch (row.kind(column)) {
            case ERROR -> usable(problems, row, column);
            case DATE -> problems.error(ProblemCodes.XLSX_DATE_NOT_VALUE, line, column + 1, row.cellRef(column), text);
            default -> {
                double value = NumberParser.parse(text, percent);
                if (!Double.isNaN(value)) {
                    return value;
                }
                boolean percentSign = !percent && text.endsWith("%")
                        && !Double.isNaN(NumberParser.parse(text, true));
                problems.error(percentSign ? ProblemCodes.VALUE_PERCENT_SIGN : ProblemCodes.VALUE_NOT_NUMBER,
                        line, column + 1, text);
            }
        }
        return Double.NaN;
    }

    /** Reports a date cell where a period belongs; true when the cell is not a date or error. */
    static boolean notDateForPeriod(ProblemCollector problems, RowSource row, int column) {
        if (row.kind(column) == CellKind.DATE) {
            problems.error(ProblemCodes.XLSX_DATE_NOT_PERIOD, row.line(), column + 1, row.cellRef(column),
                    row.cell(column).strip());
            return false;
        }
        return usable(problems, row, column);
    }
}
