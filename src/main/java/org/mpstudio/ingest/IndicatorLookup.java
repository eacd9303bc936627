package org.mpstudio.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mpstudio.model.Indicator;
import org.mpstudio.model.Unit;

/**
 * Resolves indicator ids of one file against the known ones, giving each a small index (for duplicate keys), and
 * suggests the closest known id (edit distance at most 3) for an unknown one. Answers are cached per distinct text.
 */
final class IndicatorLookup {

    static final int UNKNOWN = -1;
    private static final int MAX_SUGGESTION_DISTANCE = 3;

    private final Map<String, Indicator> known;
    private final Map<String, Integer> indexByText = new HashMap<>();
    private final List<Indicator> resolved = new ArrayList<>();

    IndicatorLookup(Map<String, Indicator> known) {
        this.known = known;
    }

    /** The index of the indicator with this id, or {@link #UNKNOWN}. */
    int resolve(String id) {
        Integer index = indexByText.get(id);
        if (index == null) {
            Indicator indicator = known.get(id);
            index = indicator == null ? UNKNOWN : resolved.size();
            if (indicator != null) {
                resolved.add(indicator);
            }
            indexByText.put(id, index);
        }
        return index;
    }

    Indicator get(int index) {
        return resolved.get(index);
    }

    boolean isPercent(int index) {
        return resolved.get(index).unit() == Unit.PERCENT;
    }

    /** Reports an unknown id, with the closest known id when one is near. */
    void reportUnknown(ProblemCollector problems, String id, int line, int column) {
        Optional<String> suggestion = suggest(id);
        if (suggestion.isPresent()) {
            problems.error(ProblemCodes.INDICATOR_UNKNOWN_SUGGEST, line, column, id, suggestion.get());
        } else {
            problems.error(ProblemCodes.INDICATOR_UNKNOWN, line, column, id);
        }
    }

    /** The known id closest to {@code id} within edit distance 3; ties go to the alphabetically first. */
    Optional<String> suggest(String id) {
        String best = null;
        int bestDistance = MAX_SUGGESTION_DISTANCE + 1;
        for (String candidate : known.keySet()) {
            int d = distance(id, candidate);
            if (d < bestDistance || (d == bestDistance && best != null && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
