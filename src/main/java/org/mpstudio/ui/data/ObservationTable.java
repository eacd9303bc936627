package org.mpstudio.ui.data;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.mpstudio.model.Indicator;
import org.mpstudio.model.Observation;
import org.mpstudio.model.Period;
import org.mpstudio.ui.common.UiText;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The figures of one indicator as a sortable table: period, a column per dimension (codes with their labels), value
 * in the indicator's unit, status, source and note. Columns follow the indicator; words follow the UI language.
 */
final class ObservationTable {

    private final TableView<Observation> table = new TableView<>();
    private final UiText text;
    private final Supplier<ObservationTexts> texts;
    private Indicator indicator;
    private Set<String> columns = Set.of();

    ObservationTable(DataBrowserViewModel model, UiText text, Supplier<ObservationTexts> texts) {
        this.text = text;
        this.texts = texts;
        SortedList<Observation> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("data-table");
        // columns keep their widths; a wide breakdown scrolls sideways rather than squeezing every column
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        Label none = new Label();
        none.textProperty().bind(text.bind("data.figures.none"));
        none.getStyleClass().add("hint");
        table.setPlaceholder(none);
    }

    TableView<Observation> node() {
        return table;
    }

    /** Lays out the columns for {@code shown}: a column for each dimension its figures use, in its order. */
    void show(Indicator shown, List<Observation> rows) {
        Set<String> used = new LinkedHashSet<>();
        rows.forEach(o -> used.addAll(o.dimensions().values().keySet()));
        Set<String> dims = new LinkedHashSet<>(shown == null ? List.of() : shown.dimensions());
        dims.retainAll(used);
        dims.addAll(used);
        boolean same = shown != null && shown.equals(indicator) && dims.equals(columns);
        indicator = shown;
        if (same) {
            return;
        }
        columns = dims;
        table.getSortOrder().clear();
        table.getColumns().clear();
        TableColumn<Observation, Period> period = column("data.col.period", Observation::period, Period::toString,
                76);
        period.setId("data-col-period");
        table.getColumns().add(period);
        for (String d : dims) {
            TableColumn<Observation, String> c = column(null, o -> o.dimensions().get(d),
                    code -> texts.get().code(d, code), 130);
            c.setCellFactory(col -> new TextCell<>(code -> texts.get().code(d, code), String::isEmpty));
            c.setText(texts.get().dimensionName(d));
            c.setId("data-col-" + d);
            table.getColumns().add(c);
        }
        TableColumn<Observation, Double> value = column("data.col.value", Observation::value,
                v -> texts.get().value(indicator, v), 110, "numeric");
        value.setId("data-col-value");
        table.getColumns().add(value);
        table.getColumns().add(column("data.col.status", Observation::status, s -> texts.get().status(s), 100));
        table.getColumns().add(column("data.col.source", Observation::sourceId, s -> texts.get().source(s), 250,
                "source-cell"));
        table.getColumns().add(column("data.col.note", Observation::note, Function.identity(), 300));
    }

    /** Words again in the UI language: dimension headers and every cell. */
    void relabel() {
        Indicator shown = indicator;
        indicator = null;
        show(shown, table.getItems());
        table.refresh();
    }

    private <T> TableColumn<Observation, T> column(String key, Function<Observation, T> value,
                                                   Function<T, String> words, double width, String... styles) {
        TableColumn<Observation, T> c = new TableColumn<>();
        if (key != null) {
            c.textProperty().bind(text.bind(key));
        }
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setCellFactory(col -> new TextCell<>(words, item -> false, styles));
        c.setPrefWidth(width);
        return c;
    }
}
