package org.mpstudio.model;

import java.util.List;
import java.util.Objects;

/**
 * An indicator of the catalogue: what is measured, in which unit, broken down by which dimensions, and how it
 * links to the Global Compact for Migration and the SDGs. Names and definitions are in the profile's main language.
 */
public record Indicator(String id, String name, Unit unit, int decimals, List<String> dimensions,
                        List<String> gcmObjectives, List<String> sdgTargets, String sourceAgency, String definition) {

    public Indicator {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unit, "unit");
        name = name == null ? "" : name;
        dimensions = List.copyOf(dimensions);
        gcmObjectives = List.copyOf(gcmObjectives);
        sdgTargets = List.copyOf(sdgTargets);
        sourceAgency = sourceAgency == null ? "" : sourceAgency;
        definition = definition == null ? "" : definition;
        if (decimals < 0 || decimals > 6) {
            throw new IllegalArgumentException("decimals must be 0..6: " + decimals);
        }
    }
}
