package org.mpstudio.template;

import org.mpstudio.model.Dimensions;
import org.mpstudio.model.Observation;
import org.mpstudio.model.Period;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds observations of one indicator for exactly one combination of dimensions (dimensions not named are taken at
 * their total), by period or the latest one.
 */
final class FigureQuery {

    private final List<Observation> matching;

    FigureQuery(List<Observation> all, Map<String, String> dims) {
        String key = Dimensions.of(dims).key();
        this.matching = all.stream().filter(o -> o.dimensions().key().equals(key)).toList();
    }

    Optional<Observation> at(Period period) {
        return matching.stream().filter(o -> o.period().equals(period)).findFirst();
    }

    Optional<Observation> latest() {
        return matching.stream().max(Comparator.comparing(Observation::period));
    }
}
