package org.mpstudio.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mpstudio.model.Observation;

/**
 * Turns the rows of a wide table into observations in file order. A totals row's value is kept as the total only
 * when no other row gives the same key; two rows with the same key are an error on the second.
 */
final class WideObservations {

    private final ProblemCollector problems;
    private final WideHeader header;
    private final String indicatorId;
    private final String source;
    private final ObservationIndex index = new ObservationIndex();
    private final Map<String, Integer> regularKeys = new HashMap<>();
    private final Map<String, Integer> totalKeys = new HashMap<>();

    WideObservations(ProblemCollector problems, WideHeader header, String indicatorId, String source) {
        this.problems = problems;
        this.header = header;
        this.indicatorId = indicatorId;
        this.source = source;
    }

    List<Observation> build(List<WideRow> rows) {
        List<Observation> observations = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        String[] names = header.labelNames.toArray(String[]::new);
        for (WideRow row : rows) {
            String[] dims = new String[names.length];
            for (int i = 0; i < dims.length; i++) {
                dims[i] = row.total()[i] ? "" : row.labels()[i];
            }
            int dimsId = index.dimensions(String.join("\u001F", dims), names, dims);
            for (int p = 0; p < row.values().length; p++) {
                if (Double.isNaN(row.values()[p])) {
                    continue;
                }
                String key = p + "|" + dimsId;
                Map<String, Integer> seen = row.isTotals() ? totalKeys : regularKeys;
                Integer first = seen.putIfAbsent(key, row.line());
                if (first != null) {
                    problems.error(ProblemCodes.ROW_DUPLICATE, row.line(), header.periodColumns.get(p) + 1, first);
                    continue;
                }
                observations.add(new Observation(indicatorId, header.periods.get(p), index.dimensionsOf(dimsId),
                        row.values()[p], source, "", ""));
                keys.add(row.isTotals() ? key : null);
            }
        }
        List<Observation> kept = new ArrayList<>(observations.size());
        for (int i = 0; i < observations.size(); i++) {
            if (keys.get(i) == null || !regularKeys.containsKey(keys.get(i))) {
                kept.add(observations.get(i));
            }
        }
        return kept;
    }
}
