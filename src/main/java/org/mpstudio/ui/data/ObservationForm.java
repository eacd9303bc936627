package org.mpstudio.ui.data;

import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.mpstudio.model.Dimensions;
import org.mpstudio.model.Indicator;
import org.mpstudio.model.Observation;
import org.mpstudio.model.Period;
import org.mpstudio.model.Source;
import org.mpstudio.model.Unit;
import org.mpstudio.ui.common.UiText;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;

/**
 * The form that edits one figure, or adds one, for an indicator: value, source (required), status and note; for a
 * new figure also its period and a code per dimension. {@link #validate()} gives the figure or puts an error that
 * says what to type next to each wrong field (after a first try it checks again as the drafter types). Saving is
 * the browser's: it marks the form {@link #busyProperty() busy}, then {@link #done done}.
 */
public final class ObservationForm {

    /** Counts of people, things or cases: never negative, never a fraction. */
    private static final Set<Unit> COUNTS = Set.of(Unit.PERSONS, Unit.COUNT, Unit.CASES);

    private final UiText text;
    private final Indicator indicator;
    private final Optional<Observation> original;
    private final Set<String> taken;
    private final List<Source> sources;
    private final StringProperty period = new SimpleStringProperty("");
    private final Map<String, StringProperty> dimensions = new LinkedHashMap<>();
    private final StringProperty value = new SimpleStringProperty("");
    private final ObjectProperty<Source> source = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper periodError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper valueError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sourceError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper();
    private boolean tried;

    /**
     * @param original the figure to edit, or empty to add one
     * @param taken    keys of the figures that exist (a new one may not take one of them)
     */
    ObservationForm(UiText text, Indicator indicator, Optional<Observation> original, Set<String> taken,
                    List<Source> sources) {
        this.text = text;
        this.indicator = indicator;
        this.original = original;
        this.taken = taken;
        this.sources = List.copyOf(sources);
        indicator.dimensions().forEach(d -> dimensions.put(d, new SimpleStringProperty("")));
        original.ifPresent(o -> {
            period.set(o.period().toString());
            o.dimensions().values().forEach((d, c) -> dimensions.computeIfAbsent(d, k -> new SimpleStringProperty())
                    .set(c));
            value.set(ValueParser.editable(o.value(), locale()));
            source.set(sources.stream().filter(s -> s.id().equals(o.sourceId())).findFirst().orElse(null));
            status.set(o.status());
            note.set(o.note());
        });
        Observable[] fields = {period, value, source, status, note};
        for (Observable f : fields) {
            f.addListener(o -> recheck());
        }
        dimensions.values().forEach(d -> d.addListener(o -> recheck()));
    }

    private void recheck() {
        failure.set("");
        if (tried) {
            validate();
        }
    }

    private Locale locale() {
        return text.localeProperty().get();
    }

    /** The figure as the form has it, or empty with an error next to each field that is wrong. */
    public Optional<Observation> validate() {
        tried = true;
        Optional<Period> p = original.map(Observation::period).or(() -> Period.parse(period.get()));
        Dimensions dims = original.map(Observation::dimensions).orElseGet(this::typedDimensions);
        periodError.set(periodProblem(p, dims));
        Optional<Double> v = number();
        sourceError.set(source.get() == null ? text.get("data.error.source") : "");
        if (!periodError.get().isEmpty() || v.isEmpty() || !sourceError.get().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Observation(indicator.id(), p.get(), dims, v.get(), source.get().id(),
                status.get() == null ? "" : status.get(), nfc(note.get()).strip()));
    }

    private String periodProblem(Optional<Period> p, Dimensions dims) {
        if (p.isEmpty()) {
            return text.get("data.error.period");
        }
        if (dims.values().values().stream().anyMatch(c -> c.contains(";") || c.contains("="))) {
            return text.get("data.error.dimension");
        }
        boolean exists = original.isEmpty() && taken.contains(new Observation(indicator.id(), p.get(), dims, 0, "",
                "", "").key());
        return exists ? text.get("data.error.exists", p.get().toString()) : "";
    }

    private Dimensions typedDimensions() {
        TreeMap<String, String> codes = new TreeMap<>();
        dimensions.forEach((d, c) -> codes.put(d, nfc(c.get()).strip()));
        return new Dimensions(codes);
    }

    private Optional<Double> number() {
        boolean count = COUNTS.contains(indicator.unit());
        String typed = value.get() == null ? "" : value.get().strip();
        if (indicator.unit() == Unit.PERCENT && typed.endsWith("%")) {
            typed = typed.substring(0, typed.length() - 1);
        }
        String local = ValueParser.example(locale(), count);
        String plain = count ? ValueParser.PLAIN_WHOLE_EXAMPLE : ValueParser.PLAIN_EXAMPLE;
        OptionalDouble parsed = ValueParser.parse(typed, locale());
        String error = typed.isEmpty() ? text.get("data.error.value.empty", local, plain)
                : parsed.isEmpty() ? text.get("data.error.value.notNumber", local, plain, typed)
                : count && parsed.getAsDouble() < 0 ? text.get("data.error.value.negative")
                : count && parsed.getAsDouble() != Math.rint(parsed.getAsDouble())
                ? text.get("data.error.value.whole", local) : "";
        valueError.set(error);
        return error.isEmpty() ? Optional.of(parsed.getAsDouble()) : Optional.empty();
    }

    private static String nfc(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** Called by the browser when saving finished: {@code failure} is null when the figure was written. */
    void done(Exception problem) {
        busy.set(false);
        if (problem == null) {
            saved.set(true);
        } else {
            failure.set(text.get("data.form.failed", String.valueOf(problem.getMessage())));
        }
    }

    void saving() {
        failure.set("");
        busy.set(true);
    }

    public boolean adding() {
        return original.isEmpty();
    }

    public Optional<Observation> original() {
        return original;
    }

    public Indicator indicator() {
        return indicator;
    }

    public List<Source> sources() {
        return sources;
    }

    /** The hint under the value: how to type a number in the UI language and plainly. */
    public String valueHint() {
        boolean count = COUNTS.contains(indicator.unit());
        return text.get("data.form.value.hint", ValueParser.example(locale(), count),
                count ? ValueParser.PLAIN_WHOLE_EXAMPLE : ValueParser.PLAIN_EXAMPLE);
    }

    public StringProperty periodProperty() {
        return period;
    }

    /** The code typed for {@code dimension}; "" is the total. */
    public StringProperty dimension(String dimension) {
        return dimensions.get(dimension);
    }

    /** The indicator's dimensions, in its order. */
    public List<String> dimensionNames() {
        return List.copyOf(dimensions.keySet());
    }

    public StringProperty valueProperty() {
        return value;
    }

    public ObjectProperty<Source> sourceProperty() {
        return source;
    }

    /** A status code, "" for none. */
    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** Why the period or the breakdown is wrong, or "". */
    public ReadOnlyStringProperty periodErrorProperty() {
        return periodError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty valueErrorProperty() {
        return valueError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sourceErrorProperty() {
        return sourceError.getReadOnlyProperty();
    }

    /** Why saving failed, or "". */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True once the figure was written: the form can close. */
    public ReadOnlyBooleanProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }
}
