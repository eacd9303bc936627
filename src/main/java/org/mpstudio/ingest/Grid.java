package org.mpstudio.ingest;

import java.util.List;

/**
 * A table held in memory: a CSV file's records or a spreadsheet's first sheet. Used for wide files, which are read
 * with look-ahead (title lines, header rows), and for XLSX. Immutable once built.
 *
 * @param rows        the rows in file order
 * @param spreadsheet true for XLSX: cells are named like {@code C7} and rows are padded to the sheet's width
 */
record Grid(List<Row> rows, boolean spreadsheet) {

    /**
     * One row.
     *
     * @param line  1-based row number in the file
     * @param cells cell texts
     * @param kinds cell kinds, same length as cells, or {@code null} when all are {@link CellKind#TEXT}
     */
    record Row(int line, String[] cells, CellKind[] kinds) {

        String cell(int index) {
            return index < cells.length ? cells[index] : "";
        }

        CellKind kind(int index) {
            return kinds == null || index >= kinds.length ? CellKind.TEXT : kinds[index];
        }

        boolean isBlank() {
            for (String cell : cells) {
                if (!cell.isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }

    Grid {
        rows = List.copyOf(rows);
    }

    /** Spreadsheet name of a cell: 0-based column, 1-based row, e.g. (2, 7) gives {@code C7}. */
    static String cellName(int column, int line) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.append(line).toString();
    }

    /** The name of a cell for messages: {@code C7} in a spreadsheet, empty for CSV. */
    String cellRef(int column, int line) {
        return spreadsheet ? cellName(column, line) : "";
    }

    /** A cursor positioned before row {@code from} (0-based index into {@link #rows()}). */
    RowSource cursor(int from) {
        return new RowSource() {
            private int index = from - 1;

            @Override
            public boolean next() {
                return ++index < rows.size();
            }

            @Override
            public int line() {
                return rows.get(index).line();
            }

            @Override
            public int size() {
                return rows.get(index).cells().length;
            }

            @Override
            public String cell(int column) {
                return rows.get(index).cell(column);
            }

            @Override
            public CellKind kind(int column) {
                return rows.get(index).kind(column);
            }

            @Override
            public String cellRef(int column) {
                return Grid.this.cellRef(column, line());
            }
        };
    }
}
