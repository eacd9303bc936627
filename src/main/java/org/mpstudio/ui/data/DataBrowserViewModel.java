package org.mpstudio.ui.data;

import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mpstudio.model.Indicator;
import org.mpstudio.model.Observation;
import org.mpstudio.model.ProfileContent;
import org.mpstudio.model.doc.ChartData;
import org.mpstudio.store.ObservationRepository;
import org.mpstudio.store.ObservationRepository.HistoryEntry;
import org.mpstudio.template.IndicatorCharts;
import org.mpstudio.ui.workspace.ProfileSession;
import org.mpstudio.ui.workspace.WorkspaceModel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The data browser's state: the indicators matching the search with their number of figures, the selected
 * indicator's figures (newest period first, the total before its breakdown), the selected figure's earlier values,
 * the chart of the indicator's totals by period in the UI language, and saving an edited or new figure as an undoable
 * command. Follows the workspace: any change of the figures in memory (an edit, an undo, an import) shows at once.
 */
public final class DataBrowserViewModel {

    /** An indicator in the list, with how many figures it has. */
    public record IndicatorRow(Indicator indicator, int count) {
    }

    private static final Comparator<Observation> NEWEST_FIRST = Comparator.comparing(Observation::period).reversed()
            .thenComparing(o -> !o.dimensions().isTotal()).thenComparing(o -> o.dimensions().key());

    private final WorkspaceModel workspace;
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<IndicatorRow> indicators = FXCollections.observableArrayList();
    private final ObjectProperty<Indicator> indicator = new SimpleObjectProperty<>();
    private final ObservableList<Observation> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Observation> row = new SimpleObjectProperty<>();
    private final ObservableList<HistoryEntry> history = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Optional<ChartData>> chart = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper();
    private final ChangeListener<ProfileContent> onContent = (o, a, b) -> contentChanged(a, b);
    private final InvalidationListener onAccess = o -> updateEditable();
    private final InvalidationListener onLocale = o -> updateChart();
    private Map<String, Integer> counts = Map.of();
    private List<HistoryEntry> indicatorHistory = List.of();
    private String keepKey;
    private int historyReads;

    public DataBrowserViewModel(WorkspaceModel workspace) {
        this.workspace = workspace;
        search.addListener(o -> filter());
        indicator.addListener((o, a, b) -> showIndicator());
        row.addListener((o, a, b) -> showHistory());
        workspace.contentProperty().addListener(onContent);
        workspace.readOnlyProperty().addListener(onAccess);
        workspace.sessionProperty().addListener(onAccess);
        workspace.text().localeProperty().addListener(onLocale);
        updateEditable();
        contentChanged(null, workspace.contentProperty().get());
    }

    /** Stops following the workspace (when the window closes). */
    public void dispose() {
        workspace.contentProperty().removeListener(onContent);
        workspace.readOnlyProperty().removeListener(onAccess);
        workspace.sessionProperty().removeListener(onAccess);
        workspace.text().localeProperty().removeListener(onLocale);
    }

    private void updateEditable() {
        ProfileSession s = workspace.sessionProperty().get();
        editable.set(s != null && !s.readOnly() && !workspace.readOnlyProperty().get());
    }

    private void contentChanged(ProfileContent before, ProfileContent now) {
        if (now == null) {
            indicators.clear();
            indicator.set(null);
            return;
        }
        if (before != null && before.observations() == now.observations() && before.indicators() == now.indicators()
                && before.sources() == now.sources()) {
            return;
        }
        counts = now.observations().stream().collect(Collectors.groupingBy(Observation::indicatorId,
                Collectors.summingInt(o -> 1)));
        filter();
        Indicator current = indicator.get();
        Indicator still = current == null ? null : now.indicator(current.id()).orElse(null);
        if (still != null && still.equals(current)) {
            showIndicator();
        } else {
            indicator.set(still);
        }
    }

    private void filter() {
        ProfileContent c = workspace.contentProperty().get();
        List<IndicatorRow> out = new ArrayList<>();
        if (c != null) {
            IndicatorSearch query = new IndicatorSearch(search.get());
            for (Indicator i : c.indicators()) {
                if (query.matches(i)) {
                    out.add(new IndicatorRow(i, counts.getOrDefault(i.id(), 0)));
                }
            }
        }
        if (!out.equals(indicators)) {
            indicators.setAll(out);
        }
    }

    private void showIndicator() {
        Indicator i = indicator.get();
        ProfileContent c = workspace.contentProperty().get();
        String key = keepKey != null ? keepKey : row.get() == null ? null : row.get().key();
        keepKey = null;
        List<Observation> mine = i == null || c == null ? List.of() : c.observations().stream()
                .filter(o -> o.indicatorId().equals(i.id())).sorted(NEWEST_FIRST).toList();
        rows.setAll(mine);
        row.set(mine.stream().filter(o -> o.key().equals(key)).findFirst().orElse(null));
        updateChart();
        readHistory();
    }

    private void updateChart() {
        Indicator i = indicator.get();
        ProfileContent c = workspace.contentProperty().get();
        chart.set(i == null || c == null ? Optional.empty()
                : IndicatorCharts.totalsByPeriod(c, i.id(), workspace.text().language()));
    }

    /** Reads the indicator's replaced values in the background; a newer read wins. */
    private void readHistory() {
        Indicator i = indicator.get();
        ProfileSession session = workspace.sessionProperty().get();
        int mine = ++historyReads;
        if (i == null || session == null) {
            indicatorHistory = List.of();
            showHistory();
            return;
        }
        workspace.runner().run("figure history " + i.id(), () -> session.use(s -> new ObservationRepository(s)
                .history(i.id())), h -> {
                    if (mine == historyReads) {
                        indicatorHistory = h;
                        showHistory();
                    }
                }, e -> workspace.statusProperty().set(workspace.text().get("status.failed",
                        workspace.text().get("data.history"), String.valueOf(e.getMessage()))));
    }

    private void showHistory() {
        Observation o = row.get();
        List<HistoryEntry> out = new ArrayList<>();
        if (o != null) {
            indicatorHistory.stream().filter(e -> e.previous().key().equals(o.key())).forEach(out::add);
            Collections.reverse(out);
        }
        history.setAll(out);
    }

    /** Selects the indicator with {@code id}, clearing the search when it hides it. */
    public void select(String id) {
        ProfileContent c = workspace.contentProperty().get();
        Indicator i = c == null ? null : c.indicator(id).orElseThrow(() -> new IllegalArgumentException(id));
        if (indicators.stream().noneMatch(r -> r.indicator().equals(i))) {
            search.set("");
        }
        indicator.set(i);
    }

    /** The words for figures in the UI language as it is now. */
    ObservationTexts texts() {
        ProfileContent c = workspace.contentProperty().get();
        return new ObservationTexts(workspace.text(), c == null ? List.of() : c.sources());
    }

    /** A form to edit the selected figure; empty when none is selected. */
    public Optional<ObservationForm> editForm() {
        Observation o = row.get();
        return o == null || indicator.get() == null ? Optional.empty() : Optional.of(form(Optional.of(o)));
    }

    /** A form to add a figure to the selected indicator; empty when none is selected. */
    public Optional<ObservationForm> addForm() {
        return indicator.get() == null ? Optional.empty() : Optional.of(form(Optional.empty()));
    }

    private ObservationForm form(Optional<Observation> original) {
        ProfileContent c = workspace.contentProperty().get();
        Set<String> taken = rows.stream().map(Observation::key).collect(Collectors.toSet());
        return new ObservationForm(workspace.text(), indicator.get(), original, taken, c.sources());
    }

    /**
     * Checks the form and, when it is right and changes something, writes the figure as an undoable command; the
     * form is told when the write ends. False when nothing is written (errors, or a read-only profile).
     */
    public boolean save(ObservationForm form) {
        Optional<Observation> edited = form.validate();
        if (!editable.get() || edited.isEmpty() || form.busyProperty().get()) {
            return false;
        }
        Observation after = edited.get();
        if (form.original().map(after::equals).orElse(false)) {
            form.done(null);
            return false;
        }
        keepKey = after.key();
        form.saving();
        String description = workspace.text().get(form.adding() ? "data.command.add" : "data.command.edit");
        try {
            workspace.undo().execute(new ObservationEditCommand(workspace, description, form.original(), after,
                    form::done));
            return true;
        } catch (Exception e) {
            form.done(e);
            return false;
        }
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** The indicators matching the search, in catalogue order. */
    public ObservableList<IndicatorRow> indicators() {
        return indicators;
    }

    public ObjectProperty<Indicator> indicatorProperty() {
        return indicator;
    }

    /** The selected indicator's figures, newest period first. */
    public ObservableList<Observation> rows() {
        return rows;
    }

    /** The selected figure. */
    public ObjectProperty<Observation> rowProperty() {
        return row;
    }

    /** The selected figure's earlier values, newest first. */
    public ObservableList<HistoryEntry> history() {
        return history;
    }

    /** The totals by period of the selected indicator; empty when it has none. */
    public ReadOnlyObjectProperty<Optional<ChartData>> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    /** True when figures can be changed: a profile is open and not read-only. */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }
}
