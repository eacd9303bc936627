package org.mpstudio.ingest;

/**
 * A cursor over the rows of a table, CSV or spreadsheet. Cells are text, already NFC-normalized and not trimmed.
 * Call {@link #next()} before reading the first row.
 */
interface RowSource {

    /** Moves to the next row; false at the end. */
    boolean next();

    /** The 1-based row number of the current row (for CSV the physical line where the record starts). */
    int line();

    /** Number of cells in the current row. */
    int size();

    /** Cell text at a 0-based index; empty when beyond {@link #size()}. */
    String cell(int index);

    default CellKind kind(int index) {
        return CellKind.TEXT;
    }

    /** The spreadsheet name of a cell such as {@code C7}, or empty for CSV. */
    default String cellRef(int index) {
        return "";
    }

    /** True when every cell is empty or whitespace. */
    default boolean isBlank() {
        for (int i = 0; i < size(); i++) {
            if (!cell(i).isBlank()) {
                return false;
            }
        }
        return true;
    }
}
