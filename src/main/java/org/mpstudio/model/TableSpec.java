package org.mpstudio.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A data table block: an indicator laid out with {@code rows} and {@code columns} each being {@code period}, a
 * dimension, or empty (a single row or column), other dimensions pinned by {@code filters} or taken at their total.
 * With neither given, periods run down the rows.
 */
public record TableSpec(String id, String indicator, String rows, String columns, Map<String, String> filters,
                        List<Period> periods, String title, String note) {

    public TableSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(indicator, "indicator");
        rows = rows == null ? "" : rows;
        columns = columns == null ? "" : columns;
        filters = Map.copyOf(filters);
        periods = List.copyOf(periods);
        title = title == null ? "" : title;
        note = note == null ? "" : note;
    }
}
