package org.mpstudio.ingest;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The title lines above a wide table that name the indicator ({@code Indicator: id}, {@code Chỉ tiêu: id}) and the
 * source ({@code Source: id}, {@code Nguồn: id}). The value may follow the colon in the same cell or sit in the next
 * non-empty cell. Other lines (agency names, {@code Unit: persons}) are ignored.
 */
final class TitleLines {

    /** A value found in a title line, with its 1-based row and column. */
    record Value(String text, int line, int column) {
    }

    private static final Set<String> INDICATOR_KEYS = nfc("indicator", "chỉ tiêu", "ຕົວຊີ້ວັດ");
    private static final Set<String> SOURCE_KEYS = nfc("source", "source id", "nguồn", "nguồn số liệu", "ແຫຼ່ງຂໍ້ມູນ");
    private static final Set<String> OTHER_KEYS = nfc("unit", "đơn vị", "đơn vị tính", "ຫົວໜ່ວຍ");

    private final Optional<Value> indicator;
    private final Optional<Value> source;

    private TitleLines(Optional<Value> indicator, Optional<Value> source) {
        this.indicator = indicator;
        this.source = source;
    }

    /** Reads the given rows (those above the table); the first line naming each key wins. */
    static TitleLines parse(List<Grid.Row> rows) {
        Optional<Value> indicator = Optional.empty();
        Optional<Value> source = Optional.empty();
        for (Grid.Row row : rows) {
            if (indicator.isEmpty()) {
                indicator = valueOf(row, INDICATOR_KEYS);
            }
            if (source.isEmpty()) {
                source = valueOf(row, SOURCE_KEYS);
            }
        }
        return new TitleLines(indicator, source);
    }

    Optional<Value> indicator() {
        return indicator;
    }

    Optional<Value> source() {
        return source;
    }

    /** True when the row is a {@code key: value} title line of a known key. */
    static boolean isKeyLine(Grid.Row row) {
        return valueOf(row, INDICATOR_KEYS).isPresent() || valueOf(row, SOURCE_KEYS).isPresent()
                || valueOf(row, OTHER_KEYS).isPresent();
    }

    private static Optional<Value> valueOf(Grid.Row row, Set<String> keys) {
        int first = nextNonEmpty(row, 0);
        if (first < 0) {
            return Optional.empty();
        }
        String text = row.cell(first).strip();
        int colon = text.indexOf(':');
        String key = (colon < 0 ? text : text.substring(0, colon)).strip().toLowerCase(Locale.ROOT);
        if (!keys.contains(key)) {
            return Optional.empty();
        }
        String value = colon < 0 ? "" : text.substring(colon + 1).strip();
        if (!value.isEmpty()) {
            return Optional.of(new Value(value, row.line(), first + 1));
        }
        int next = nextNonEmpty(row, first + 1);
        // merged title cells repeat the key in every cell they cover; such a repeat is not a value
        while (next >= 0 && row.cell(next).strip().equals(text)) {
            next = nextNonEmpty(row, next + 1);
        }
        return next < 0 ? Optional.empty()
                : Optional.of(new Value(row.cell(next).strip(), row.line(), next + 1));
    }

    private static int nextNonEmpty(Grid.Row row, int from) {
        for (int c = from; c < row.cells().length; c++) {
            if (!row.cell(c).isBlank()) {
                return c;
            }
        }
        return -1;
    }

    private static Set<String> nfc(String... keys) {
        return Set.of(keys).stream().map(k -> Normalizer.normalize(k, Normalizer.Form.NFC))
                .collect(Collectors.toUnmodifiableSet());
    }
}
