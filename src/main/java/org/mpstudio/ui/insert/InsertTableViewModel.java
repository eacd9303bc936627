package org.mpstudio.ui.insert;

import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.mpstudio.model.ProfileContent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The table dialog's state: {@link FigureViewModel} with rows ({@code period} or a dimension) and columns (none,
 * {@code period} or another dimension). It starts with the periods down the rows and a single column.
 */
public final class InsertTableViewModel extends FigureViewModel {

    /** @param existingIds ids of the profile's blocks ({@code fig:...}, {@code tbl:...}) */
    public InsertTableViewModel(ProfileContent content, String lang, Collection<String> existingIds) {
        super("table", "tbl:", content, lang, existingIds);
    }

    @Override
    protected List<String> secondChoices(String rows, List<String> dimensions) {
        List<String> out = new ArrayList<>(List.of(""));
        if (!rows.equals(PERIOD)) {
            out.add(PERIOD);
        }
        dimensions.stream().filter(d -> !d.equals(rows)).forEach(out::add);
        return out;
    }

    @Override
    protected Map<String, String> fields(String id, String title) {
        Map<String, String> axes = new LinkedHashMap<>();
        axes.put("indicator", indicatorProperty().get().id());
        axes.put("rows", rowsProperty().get());
        axes.put("columns", columnsProperty().get());
        return common(id, axes, title);
    }

    /** {@link #PERIOD} or a dimension. */
    public StringProperty rowsProperty() {
        return firstProperty();
    }

    /** "" (one column), {@link #PERIOD} or a dimension other than the rows'. */
    public StringProperty columnsProperty() {
        return secondProperty();
    }

    public ObservableList<String> rowsOptions() {
        return firstOptions();
    }

    public ObservableList<String> columnsOptions() {
        return secondOptions();
    }
}
