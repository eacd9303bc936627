package org.mpstudio.template;

import org.mpstudio.model.Indicator;
import org.mpstudio.model.Observation;
import org.mpstudio.model.ProfileContent;
import org.mpstudio.model.Source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link FigureSource} over a profile held in memory, indexed once. */
public final class ContentFigureSource implements FigureSource {

    private final Map<String, Indicator> indicators = new HashMap<>();
    private final Map<String, List<Observation>> observations = new HashMap<>();
    private final Map<String, Source> sources = new HashMap<>();

    public ContentFigureSource(ProfileContent content) {
        content.indicators().forEach(i -> indicators.put(i.id(), i));
        content.sources().forEach(s -> sources.put(s.id(), s));
        for (Observation o : content.observations()) {
            observations.computeIfAbsent(o.indicatorId(), k -> new ArrayList<>()).add(o);
        }
    }

    @Override
    public Optional<Indicator> indicator(String id) {
        return Optional.ofNullable(indicators.get(id));
    }

    @Override
    public List<Observation> observations(String indicatorId) {
        return observations.getOrDefault(indicatorId, List.of());
    }

    @Override
    public Optional<Source> source(String id) {
        return Optional.ofNullable(sources.get(id));
    }
}
