package org.mpstudio.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The header row of a long file: where the {@code indicator}, {@code period}, {@code value}, {@code source},
 * {@code status} and {@code note} columns are (-1 when absent) and which columns are dimensions. Names are matched
 * case-insensitively after trimming; a dimension's name is its header in lower case.
 */
final class LongHeader {

    private static final List<String> REQUIRED = List.of("indicator", "period", "value");

    final int line;
    final int width;
    final int indicator;
    final int period;
    final int value;
    final int source;
    final int status;
    final int note;
    /** 0-based columns of the dimensions, in file order, and their names. */
    final int[] dimensionColumns;
    final String[] dimensionNames;
    /** 0-based columns whose header is empty; their cells must be empty too. */
    final int[] unnamedColumns;

    private LongHeader(RowSource row, Map<String, Integer> named, List<Integer> dims, List<Integer> unnamed) {
        line = row.line();
        width = row.size();
        indicator = named.getOrDefault("indicator", -1);
        period = named.getOrDefault("period", -1);
        value = named.getOrDefault("value", -1);
        source = named.getOrDefault("source", -1);
        status = named.getOrDefault("status", -1);
        note = named.getOrDefault("note", -1);
        dimensionColumns = dims.stream().mapToInt(Integer::intValue).toArray();
        dimensionNames = dims.stream().map(c -> name(row.cell(c))).toArray(String[]::new);
        unnamedColumns = unnamed.stream().mapToInt(Integer::intValue).toArray();
    }

    /** True when the row names at least two of {@code indicator}, {@code period}, {@code value}. */
    static boolean looksLong(RowSource row) {
        int found = 0;
        for (int i = 0; i < row.size(); i++) {
            found += REQUIRED.contains(name(row.cell(i))) ? 1 : 0;
        }
        return found >= 2;
    }

    /** Reads the header at the current row; empty (with errors reported) when a required column is missing. */
    static Optional<LongHeader> parse(RowSource row, ProblemCollector problems) {
        Map<String, Integer> named = new HashMap<>();
        List<Integer> dims = new ArrayList<>();
        List<Integer> unnamed = new ArrayList<>();
        for (int c = 0; c < row.size(); c++) {
            String name = name(row.cell(c));
            Integer first = named.putIfAbsent(name, c);
            if (name.isEmpty()) {
                unnamed.add(c);
            } else if (first != null) {
                problems.error(ProblemCodes.HEADER_DUPLICATE_COLUMN, row.line(), c + 1, name, first + 1);
            } else if (!isKnownColumn(name)) {
                dims.add(c);
            }
        }
        boolean complete = true;
        for (String required : REQUIRED) {
            if (!named.containsKey(required)) {
                problems.error(ProblemCodes.HEADER_MISSING_COLUMN, row.line(), 0, required);
                complete = false;
            }
        }
        return complete ? Optional.of(new LongHeader(row, named, dims, unnamed)) : Optional.empty();
    }

    static String name(String headerCell) {
        return headerCell.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isKnownColumn(String name) {
        return REQUIRED.contains(name) || name.equals("source") || name.equals("status") || name.equals("note");
    }
}
