package org.mpstudio.ui.insert;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mpstudio.model.Indicator;
import org.mpstudio.model.Observation;
import org.mpstudio.model.ProfileContent;
import org.mpstudio.model.Source;
import org.mpstudio.template.FigureFormatter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The "Figure value" dialog's state: a searchable list of indicators, one choice per dimension ("" = total), the
 * period ("latest" or one that has data for the chosen breakdown), and from these the value formatted in the
 * chapter language, its source and the placeholder to insert.
 */
public final class InsertValueViewModel {

    /** The period choice meaning "the latest period with data". */
    public static final String LATEST = "latest";

    private final ProfileContent content;
    private final FigureFormatter formatter;
    private final IndicatorSearch search;
    private final ObjectProperty<Indicator> indicator;
    private final ObservableList<DimensionChoice> dimensions = FXCollections.observableArrayList();
    private final ObservableList<String> periods = FXCollections.observableArrayList(LATEST);
    private final StringProperty period = new SimpleStringProperty(LATEST);
    private final ReadOnlyStringWrapper valueText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper periodShown = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Optional<Source>> source = new SimpleObjectProperty<>(Optional.empty());
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper("");
    private boolean updating;

    /** @param lang the chapter language the value is formatted in */
    public InsertValueViewModel(ProfileContent content, String lang) {
        this.content = content;
        this.formatter = new FigureFormatter(lang);
        this.search = new IndicatorSearch(content);
        this.indicator = search.indicatorProperty();
        indicator.addListener((o, a, b) -> chooseIndicator(b));
        period.addListener((o, a, b) -> update());
    }

    private List<Observation> observations(Indicator i) {
        return search.observations(i);
    }

    private void chooseIndicator(Indicator i) {
        updating = true;
        try {
            List<DimensionChoice> choices = new ArrayList<>();
            if (i != null) {
                List<Observation> obs = observations(i);
                for (String d : i.dimensions()) {
                    List<String> codes = IndicatorSearch.codes(obs, d);
                    if (!codes.isEmpty()) {
                        choices.add(DimensionChoice.of(d, codes, this::update));
                    }
                }
            }
            dimensions.setAll(choices);
            period.set(LATEST);
        } finally {
            updating = false;
        }
        update();
    }

    /** The chosen code of {@code dimension}, to set from tests or the view; "" is the total. */
    public StringProperty dimension(String dimension) {
        return dimensions.stream().filter(d -> d.name().equals(dimension)).findFirst().orElseThrow().value();
    }

    private TreeMap<String, String> chosenDimensions() {
        TreeMap<String, String> chosen = new TreeMap<>();
        for (DimensionChoice d : dimensions) {
            String v = d.value().get();
            if (v != null && !v.isEmpty()) {
                chosen.put(d.name(), v);
            }
        }
        return chosen;
    }

    private void update() {
        if (updating) {
            return;
        }
        updating = true;
        try {
            Indicator i = indicator.get();
            if (i == null) {
                periods.setAll(LATEST);
                valueText.set("");
                periodShown.set("");
                source.set(Optional.empty());
                placeholder.set("");
                return;
            }
            TreeMap<String, String> dims = chosenDimensions();
            List<Observation> matching = observations(i).stream()
                    .filter(o -> o.dimensions().values().equals(dims)).sorted(Comparator.comparing(Observation::period)
                            .reversed()).toList();
            List<String> ps = new ArrayList<>(List.of(LATEST));
            matching.forEach(o -> ps.add(o.period().toString()));
            String keep = period.get();
            if (!periods.equals(ps)) {
                periods.setAll(ps);
            }
            // a combo box bound to the period may clear it when its items change
            period.set(ps.contains(keep) ? keep : LATEST);
            String p = period.get();
            Optional<Observation> found = LATEST.equals(p) ? matching.stream().findFirst()
                    : matching.stream().filter(o -> o.period().toString().equals(p)).findFirst();
            valueText.set(found.map(o -> formatter.value(i, o.value())).orElse(""));
            periodShown.set(found.map(o -> o.period().toString()).orElse(""));
            source.set(found.flatMap(o -> content.sources().stream().filter(s -> s.id().equals(o.sourceId()))
                    .findFirst()));
            StringBuilder sb = new StringBuilder("{{value ").append(i.id()).append(" period=").append(p);
            for (String d : i.dimensions()) {
                if (dims.containsKey(d)) {
                    sb.append(' ').append(d).append('=').append(quote(dims.get(d)));
                }
            }
            placeholder.set(sb.append("}}").toString());
        } finally {
            updating = false;
        }
    }

    private static String quote(String v) {
        return v.matches("[^\\s\"}]+") ? v : "\"" + v.replace("\"", "") + "\"";
    }

    /** True when the choices name a value that exists. */
    public boolean canInsert() {
        return !valueText.get().isEmpty();
    }

    /** The indicator list and search. */
    public IndicatorSearch search() {
        return search;
    }

    public ObjectProperty<Indicator> indicatorProperty() {
        return indicator;
    }

    public ObservableList<DimensionChoice> dimensions() {
        return dimensions;
    }

    public ObservableList<String> periods() {
        return periods;
    }

    public StringProperty periodProperty() {
        return period;
    }

    /** The value formatted in the chapter language; empty when there is none for the choices. */
    public ReadOnlyStringProperty valueTextProperty() {
        return valueText.getReadOnlyProperty();
    }

    /** The period the value is for (the actual one when "latest" is chosen). */
    public ReadOnlyStringProperty periodShownProperty() {
        return periodShown.getReadOnlyProperty();
    }

    public ObjectProperty<Optional<Source>> sourceProperty() {
        return source;
    }

    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    /** Selects the indicator with {@code id}, clearing the search so it is in the list. */
    public void select(String id) {
        search.select(id);
    }
}
