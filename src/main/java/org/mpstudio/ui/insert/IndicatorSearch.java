package org.mpstudio.ui.insert;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mpstudio.model.Indicator;
import org.mpstudio.model.Observation;
import org.mpstudio.model.ProfileContent;
import org.mpstudio.ui.common.SearchText;

import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The indicator choice every insert dialog starts with: the profile's indicators sorted by id, narrowed by a search
 * on id or name (every word, accents ignored: {@link SearchText}), and the one chosen. Also says which codes each dimension has in the data.
 */
public final class IndicatorSearch {

    private final ProfileContent content;
    private final List<Indicator> all;
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<Indicator> indicators = FXCollections.observableArrayList();
    private final ObjectProperty<Indicator> indicator = new SimpleObjectProperty<>();

    public IndicatorSearch(ProfileContent content) {
        this.content = content;
        this.all = content.indicators().stream().sorted(Comparator.comparing(Indicator::id)).toList();
        indicators.setAll(all);
        search.addListener((o, a, b) -> filter());
    }

    private void filter() {
        SearchText q = new SearchText(search.get());
        indicators.setAll(all.stream().filter(i -> q.matches(i.id(), i.id().replace('_', ' '), i.name())).toList());
    }

    /** Every observation of {@code i}, any period and dimensions. */
    public List<Observation> observations(Indicator i) {
        return content.observations().stream().filter(o -> o.indicatorId().equals(i.id())).toList();
    }

    /** The codes {@code dimension} takes in {@code observations}, sorted; empty when the data never breaks it down. */
    public static List<String> codes(List<Observation> observations, String dimension) {
        TreeSet<String> codes = new TreeSet<>();
        observations.forEach(o -> {
            String v = o.dimensions().get(dimension);
            if (v != null && !v.isEmpty()) {
                codes.add(v);
            }
        });
        return List.copyOf(codes);
    }

    /** Selects the indicator with {@code id}, clearing the search so it is in the list. */
    public void select(String id) {
        search.set("");
        indicator.set(all.stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow());
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<Indicator> indicators() {
        return indicators;
    }

    public ObjectProperty<Indicator> indicatorProperty() {
        return indicator;
    }
}
