package org.mpstudio.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.mpstudio.model.Dimensions;
import org.mpstudio.model.Period;

/**
 * Shares the periods and dimension combinations of one file (each distinct one is parsed and built once) and finds
 * duplicate observation keys. Keys are packed into a {@code long} of indicator, period and dimensions indexes, so
 * checking a million rows costs one hash lookup each.
 */
final class ObservationIndex {

    static final int INVALID = -1;
    private static final int PACKED_LIMIT = 1 << 16;

    private final Map<String, Integer> periodByText = new HashMap<>();
    private final Map<Period, Integer> periodIds = new HashMap<>();
    private final List<Period> periods = new ArrayList<>();
    private final Map<String, Integer> dimensionIds = new HashMap<>();
    private final Map<String, Integer> dimensionIdsByKey = new HashMap<>();
    private final List<Dimensions> dimensions = new ArrayList<>();
    private final LongKeyTable firstLineByKey = new LongKeyTable();
    private final Map<String, Integer> firstLineByTextKey = new HashMap<>();

    /** The id of the period written as {@code YYYY}, {@code YYYY-MM} or {@code YYYY-Qn}, or {@link #INVALID}. */
    int period(String text) {
        Integer id = periodByText.get(text);
        if (id == null) {
            id = Period.parse(text).map(this::periodId).orElse(INVALID);
            periodByText.put(text, id);
        }
        return id;
    }

    int periodId(Period period) {
        return periodIds.computeIfAbsent(period, p -> {
            periods.add(p);
            return periods.size() - 1;
        });
    }

    Period periodOf(int id) {
        return periods.get(id);
    }

    /**
     * The id of a dimension combination. {@code values[i]} belongs to {@code names[i]}; empty values mean total.
     * {@code joined} is any text that identifies the values uniquely (e.g. the values joined by a control character).
     */
    int dimensions(String joined, String[] names, String[] values) {
        Integer id = dimensionIds.get(joined);
        if (id == null) {
            TreeMap<String, String> map = new TreeMap<>();
            for (int i = 0; i < names.length; i++) {
                map.put(names[i], values[i]);
            }
            Dimensions dims = new Dimensions(map);
            // different cell texts may give the same dimensions (e.g. spaces); they must share one id
            id = dimensionIdsByKey.computeIfAbsent(dims.key(), k -> {
                dimensions.add(dims.isTotal() ? Dimensions.TOTAL : dims);
                return dimensions.size() - 1;
            });
            dimensionIds.put(joined, id);
        }
        return id;
    }

    Dimensions dimensionsOf(int id) {
        return dimensions.get(id);
    }

    /** Records the key at {@code line}; returns the line that had the same key first, or 0 when it is new. */
    int firstLine(int indicator, int period, int dims, int line) {
        if (indicator < PACKED_LIMIT && period < PACKED_LIMIT) {
            return firstLineByKey.putIfAbsent(((long) dims << 32) | ((long) period << 16) | indicator, line);
        }
        Integer previous = firstLineByTextKey.putIfAbsent(indicator + "|" + period + "|" + dims, line);
        return previous == null ? 0 : previous;
    }
}
