package org.mpstudio.ui.insert;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.mpstudio.model.ChartSpec.ChartType;
import org.mpstudio.model.ProfileContent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The chart dialog's state: {@link FigureViewModel} with a chart type, x ({@code period} or a dimension), series
 * (none or another dimension) and an optional note. With a dimension along x the periods start at the latest one,
 * since each period then becomes a series of its own.
 */
public final class InsertChartViewModel extends FigureViewModel {

    private final ObjectProperty<ChartType> type = new SimpleObjectProperty<>(ChartType.BAR);
    private final StringProperty note = new SimpleStringProperty("");

    /** @param existingIds ids of the profile's blocks ({@code fig:...}, {@code tbl:...}) */
    public InsertChartViewModel(ProfileContent content, String lang, Collection<String> existingIds) {
        super("chart", "fig:", content, lang, existingIds);
        type.addListener((o, a, b) -> refresh());
        note.addListener((o, a, b) -> refresh());
    }

    @Override
    protected List<String> secondChoices(String x, List<String> dimensions) {
        List<String> out = new ArrayList<>(List.of(""));
        dimensions.stream().filter(d -> !d.equals(x)).forEach(out::add);
        return out;
    }

    @Override
    protected String defaultFrom(List<String> withData) {
        return xProperty().get().equals(PERIOD) ? withData.get(0) : withData.get(withData.size() - 1);
    }

    @Override
    protected Map<String, String> fields(String id, String title) {
        Map<String, String> axes = new LinkedHashMap<>();
        axes.put("type", (type.get() == null ? ChartType.BAR : type.get()).name().toLowerCase(Locale.ROOT));
        axes.put("indicator", indicatorProperty().get().id());
        axes.put("x", xProperty().get());
        axes.put("series", seriesProperty().get());
        Map<String, String> out = common(id, axes, title);
        out.put("note", note.get());
        return out;
    }

    public ObjectProperty<ChartType> typeProperty() {
        return type;
    }

    /** {@link #PERIOD} or a dimension. */
    public StringProperty xProperty() {
        return firstProperty();
    }

    /** "" (a single series) or a dimension other than x. */
    public StringProperty seriesProperty() {
        return secondProperty();
    }

    public ObservableList<String> xOptions() {
        return firstOptions();
    }

    public ObservableList<String> seriesOptions() {
        return secondOptions();
    }

    public StringProperty noteProperty() {
        return note;
    }
}
