package org.mpstudio.template;

import org.mpstudio.model.Observation;
import org.mpstudio.model.Period;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The observations a chart or table shows: those of the indicator whose dimensions are exactly the pinned filters
 * plus the dimensions laid out along the axes (rows, columns, x, series), in the periods asked for.
 */
final class FigureSelection {

    private final List<Observation> selected;

    FigureSelection(List<Observation> all, Map<String, String> filters, Set<String> axes, List<Period> periods) {
        List<Observation> out = new ArrayList<>();
        for (Observation o : all) {
            if (matches(o, filters, axes) && (periods.isEmpty() || periods.contains(o.period()))) {
                out.add(o);
            }
        }
        this.selected = out;
    }

    private static boolean matches(Observation o, Map<String, String> filters, Set<String> axes) {
        Map<String, String> dims = o.dimensions().values();
        for (Map.Entry<String, String> f : filters.entrySet()) {
            if (!f.getValue().equals(dims.get(f.getKey()))) {
                return false;
            }
        }
        for (String axis : axes) {
            if (!axis.equals("period") && !dims.containsKey(axis)) {
                return false;
            }
        }
        for (String key : dims.keySet()) {
            if (!filters.containsKey(key) && !axes.contains(key)) {
                return false;
            }
        }
        return true;
    }

    List<Observation> observations() {
        return selected;
    }

    /** Distinct values along an axis ({@code period} sorted; dimension values in order of first appearance). */
    List<String> values(String axis, List<Period> requested) {
        if (axis.equals("period")) {
            if (!requested.isEmpty()) {
                return requested.stream().map(Period::toString).toList();
            }
            return selected.stream().map(Observation::period).distinct().sorted().map(Period::toString).toList();
        }
        Set<String> out = new LinkedHashSet<>();
        selected.forEach(o -> out.add(o.dimensions().get(axis)));
        return new ArrayList<>(out);
    }

    static Function<Observation, String> key(String axis) {
        return axis.equals("period") ? o -> o.period().toString() : o -> o.dimensions().get(axis);
    }

    /** The value at the given axis positions, or null where there is no figure. */
    Double value(String axisA, String a, String axisB, String b) {
        for (Observation o : selected) {
            if ((axisA.isEmpty() || key(axisA).apply(o).equals(a)) && (axisB.isEmpty() || key(axisB).apply(o).equals(b))) {
                return o.value();
            }
        }
        return null;
    }

    /** Distinct source ids of the selection, in order of first use. */
    List<String> sourceIds() {
        Set<String> ids = new LinkedHashSet<>();
        selected.forEach(o -> {
            if (!o.sourceId().isEmpty()) {
                ids.add(o.sourceId());
            }
        });
        return new ArrayList<>(ids);
    }
}
