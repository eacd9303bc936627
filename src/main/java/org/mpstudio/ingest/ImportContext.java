package org.mpstudio.ingest;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.mpstudio.model.Indicator;

/**
 * Immutable inputs of a read: what the profile already knows, against which a file is checked.
 *
 * @param indicators        known indicator ids mapped to their indicator (unit and allowed dimensions are used)
 * @param sourceIds         known source ids
 * @param defaultSource     source id for rows that name none; empty for none (a blank string counts as empty)
 * @param indicatorOverride indicator id for wide files that do not name one in their title lines; may be empty
 */
public record ImportContext(Map<String, Indicator> indicators, Set<String> sourceIds, Optional<String> defaultSource,
                            Optional<String> indicatorOverride) {

    public ImportContext {
        indicators = Map.copyOf(Objects.requireNonNull(indicators, "indicators"));
        sourceIds = Set.copyOf(Objects.requireNonNull(sourceIds, "sourceIds"));
        defaultSource = Objects.requireNonNull(defaultSource, "defaultSource").map(String::strip)
                .filter(s -> !s.isEmpty());
        indicatorOverride = Objects.requireNonNull(indicatorOverride, "indicatorOverride").map(String::strip)
                .filter(s -> !s.isEmpty());
    }
}
