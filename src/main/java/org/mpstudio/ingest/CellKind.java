package org.mpstudio.ingest;

/** What a cell held before it became text: plain text or a number, a spreadsheet date, or a formula error. */
enum CellKind {
    TEXT,
    /** A number with a date format in XLSX; its text is the formatted date. */
    DATE,
    /** A formula error in XLSX such as {@code #DIV/0!}; its text is the error. */
    ERROR
}
