package org.mpstudio.ingest;

/**
 * The problem codes this package emits; each is a key in {@code org/mpstudio/i18n/ingest.properties}. Arguments are
 * listed per code in that file's comments.
 */
final class ProblemCodes {

    static final String FILE_NOT_FOUND = "import.file.notFound";
    static final String FILE_UNREADABLE = "import.file.unreadable";
    static final String FILE_UNSUPPORTED = "import.file.unsupportedType";
    static final String FILE_IS_PROFILE = "import.file.isProfile";
    static final String FILE_EMPTY = "import.file.empty";
    static final String FILE_NO_DATA_ROWS = "import.file.noDataRows";
    static final String FILE_BINARY = "import.file.binary";
    static final String FILE_TOO_MANY_PROBLEMS = "import.file.tooManyProblems";
    static final String CSV_UNCLOSED_QUOTE = "import.csv.unclosedQuote";
    static final String CSV_RAGGED_ROW = "import.csv.raggedRow";
    static final String HEADER_MISSING_COLUMN = "import.header.missingColumn";
    static final String HEADER_DUPLICATE_COLUMN = "import.header.duplicateColumn";
    static final String CELL_NO_HEADER = "import.cell.noHeader";
    static final String DIMENSION_NOT_OF_INDICATOR = "import.dimension.notOfIndicator";
    static final String INDICATOR_MISSING = "import.indicator.missing";
    static final String INDICATOR_UNKNOWN = "import.indicator.unknown";
    static final String INDICATOR_UNKNOWN_SUGGEST = "import.indicator.unknownSuggest";
    static final String SOURCE_UNKNOWN = "import.source.unknown";
    static final String PERIOD_MISSING = "import.period.missing";
    static final String PERIOD_INVALID = "import.period.invalid";
    static final String VALUE_NOT_NUMBER = "import.value.notNumber";
    static final String VALUE_PERCENT_SIGN = "import.value.percentSign";
    static final String VALUE_NO_DATA = "import.value.noData";
    static final String STATUS_INVALID = "import.status.invalid";
    static final String ROW_DUPLICATE = "import.row.duplicate";
    static final String WIDE_NO_TABLE = "import.wide.noTable";
    static final String WIDE_NO_INDICATOR = "import.wide.noIndicator";
    static final String WIDE_LABEL_HEADER_MISSING = "import.wide.labelHeaderMissing";
    static final String WIDE_TOTAL_MISMATCH = "import.wide.totalMismatch";
    static final String WIDE_COLUMN_IGNORED = "import.wide.columnIgnored";
    static final String XLSX_NOT_XLSX = "import.xlsx.notXlsx";
    static final String XLSX_ENCRYPTED = "import.xlsx.encrypted";
    static final String XLSX_NO_SHEET = "import.xlsx.noSheet";
    static final String XLSX_FORMULA_ERROR = "import.xlsx.formulaError";
    static final String XLSX_DATE_NOT_VALUE = "import.xlsx.dateNotValue";
    static final String XLSX_DATE_NOT_PERIOD = "import.xlsx.dateNotPeriod";

    private ProblemCodes() {
    }
}
