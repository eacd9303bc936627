package org.mpstudio.template;

import org.mpstudio.model.Indicator;
import org.mpstudio.model.Observation;
import org.mpstudio.model.Source;

import java.util.List;
import java.util.Optional;

/** What the resolver needs to know about figures; implemented over a profile's content. */
public interface FigureSource {

    Optional<Indicator> indicator(String id);

    /** Every observation of the indicator, any period and dimensions, in no particular order. */
    List<Observation> observations(String indicatorId);

    Optional<Source> source(String id);
}
