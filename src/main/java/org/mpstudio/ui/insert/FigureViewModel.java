package org.mpstudio.ui.insert;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mpstudio.model.Indicator;
import org.mpstudio.model.Observation;
import org.mpstudio.model.Period;
import org.mpstudio.model.ProfileContent;
import org.mpstudio.model.doc.Block;
import org.mpstudio.template.BlockPreview;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the chart and table dialogs share: an indicator, two axes (x and series, or rows and columns), a filter per
 * remaining dimension (total by default), a period range among the periods with data, a title and an id (both
 * filled in until the drafter edits them; the id kept unique against the profile's), and from these the fenced
 * block to insert, the block it resolves to (through the draft's own path) and what, if anything, stops the insert.
 * Plain properties, no {@code Node}: testable without a toolkit. Called on one thread.
 */
public abstract class FigureViewModel {

    /** The axis value meaning "periods along this axis". */
    public static final String PERIOD = "period";

    /** What stops the insert, first one first; {@link #NONE} when it can go in. */
    public enum Issue { NONE, NO_INDICATOR, NO_DATA, NO_TITLE, BAD_ID, TAKEN_ID }

    /** The ids a {@code @fig:}/{@code @tbl:} reference can point at. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?");

    private final String kind;
    private final String idPrefix;
    private final BlockPreview preview;
    private final Set<String> taken = new HashSet<>();
    private final IndicatorSearch search;
    private final StringProperty first = new SimpleStringProperty(PERIOD);
    private final StringProperty second = new SimpleStringProperty("");
    private final ObservableList<String> firstOptions = FXCollections.observableArrayList();
    private final ObservableList<String> secondOptions = FXCollections.observableArrayList();
    private final ObservableList<DimensionChoice> filters = FXCollections.observableArrayList();
    private final ObservableList<String> periods = FXCollections.observableArrayList();
    private final StringProperty from = new SimpleStringProperty("");
    private final StringProperty to = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty id = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper fence = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Optional<Block>> block = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Issue> issue = new ReadOnlyObjectWrapper<>(Issue.NO_INDICATOR);
    private final Map<String, List<String>> codes = new LinkedHashMap<>();
    private String autoTitle = "";
    private String autoId = "";
    private boolean titleEdited;
    private boolean idEdited;
    private boolean updating;

    /**
     * @param kind        {@code chart} or {@code table}: the info string of the fence
     * @param idPrefix    {@code fig:} or {@code tbl:}: the namespace of the block's id
     * @param lang        the language of the chapter the block goes into (labels and numbers of the preview)
     * @param existingIds ids of the profile's figures and tables as the preview lists them ({@code fig:x},
     *                    {@code tbl:y}); the new id must not be one of those in its namespace
     */
    protected FigureViewModel(String kind, String idPrefix, ProfileContent content, String lang,
                              Collection<String> existingIds) {
        this.kind = kind;
        this.idPrefix = idPrefix;
        this.preview = new BlockPreview(content, lang);
        this.search = new IndicatorSearch(content);
        existingIds.stream().filter(i -> i.startsWith(idPrefix)).map(i -> i.substring(idPrefix.length()))
                .forEach(taken::add);
        search.indicatorProperty().addListener((o, a, b) -> chooseIndicator(b));
        first.addListener((o, a, b) -> {
            if (!updating) {
                resetPeriods();
            }
            refresh();
        });
        second.addListener((o, a, b) -> refresh());
        from.addListener((o, a, b) -> refresh());
        to.addListener((o, a, b) -> refresh());
        title.addListener((o, a, b) -> {
            if (!updating) {
                titleEdited = !autoTitle.equals(b);
            }
            refresh();
        });
        id.addListener((o, a, b) -> {
            if (!updating) {
                idEdited = !autoId.equals(b);
            }
            refresh();
        });
    }

    /** The second axis' choices for {@code first}: "" (none) and dimensions, in order. */
    protected abstract List<String> secondChoices(String first, List<String> dimensions);

    /** The {@code key: value} lines of the block, in the order of docs/formats.md; empty values are left out. */
    protected abstract Map<String, String> fields(String id, String title);

    /** Where the period range starts when nothing else is chosen: the first period with data. */
    protected String defaultFrom(List<String> withData) {
        return withData.get(0);
    }

    /** Re-derives everything from the choices; subclasses call it when a choice of their own changes. */
    protected final void refresh() {
        if (updating) {
            return;
        }
        updating = true;
        try {
            Indicator i = search.indicatorProperty().get();
            if (i == null) {
                clear();
                return;
            }
            List<String> dims = new ArrayList<>(codes.keySet());
            List<String> firsts = new ArrayList<>(List.of(PERIOD));
            firsts.addAll(dims);
            setIfChanged(firstOptions, firsts);
            if (!firsts.contains(first.get())) {
                first.set(PERIOD);
            }
            setIfChanged(secondOptions, secondChoices(first.get(), dims));
            if (!secondOptions.contains(second.get())) {
                second.set("");
            }
            rebuildFilters(dims);
            choosePeriods(i);
            String range = BlockText.rangeText(range());
            autoTitle = range.isEmpty() ? i.name() : i.name() + ", " + range;
            autoId = BlockText.uniqueSlug(i.id(), taken);
            if (!titleEdited) {
                title.set(autoTitle);
            }
            if (!idEdited) {
                id.set(autoId);
            }
            fence.set(BlockText.fence(kind, fields(id.get().strip(), title.get())));
            BlockPreview.Result resolved = preview.resolve(BlockText.fence(kind, fields("preview",
                    title.get().isBlank() ? "…" : title.get())));
            block.set(resolved.hasData() ? resolved.block() : Optional.empty());
            issue.set(issueOf(resolved));
        } finally {
            updating = false;
        }
    }

    private void clear() {
        firstOptions.clear();
        secondOptions.clear();
        filters.clear();
        periods.clear();
        fence.set("");
        block.set(Optional.empty());
        issue.set(Issue.NO_INDICATOR);
    }

    private Issue issueOf(BlockPreview.Result resolved) {
        String chosenId = id.get().strip();
        if (!resolved.hasData()) {
            return Issue.NO_DATA;
        } else if (title.get().isBlank()) {
            return Issue.NO_TITLE;
        } else if (!ID.matcher(chosenId).matches()) {
            return Issue.BAD_ID;
        } else if (taken.contains(chosenId)) {
            return Issue.TAKEN_ID;
        }
        return Issue.NONE;
    }

    private void chooseIndicator(Indicator i) {
        codes.clear();
        if (i != null) {
            List<Observation> obs = search.observations(i);
            for (String d : i.dimensions()) {
                List<String> c = IndicatorSearch.codes(obs, d);
                if (!c.isEmpty()) {
                    codes.put(d, c);
                }
            }
        }
        updating = true;
        try {
            filters.clear();
            first.set(PERIOD);
            second.set("");
            resetPeriods();
        } finally {
            updating = false;
        }
        refresh();
    }

    /** Lets the period range fall back to its defaults at the next refresh. */
    protected final void resetPeriods() {
        boolean was = updating;
        updating = true;
        from.set("");
        to.set("");
        updating = was;
    }

    /** Keeps the filters of dimensions still off the axes (with their values), adds the others at total. */
    private void rebuildFilters(List<String> dims) {
        List<DimensionChoice> next = new ArrayList<>();
        for (String d : dims) {
            if (d.equals(first.get()) || d.equals(second.get())) {
                continue;
            }
            next.add(filters.stream().filter(f -> f.name().equals(d)).findFirst()
                    .orElseGet(() -> DimensionChoice.of(d, codes.get(d), this::refresh)));
        }
        if (!next.equals(filters)) {
            filters.setAll(next);
        }
    }

    private void choosePeriods(Indicator i) {
        Set<String> axes = new HashSet<>(List.of(first.get(), second.get()));
        axes.remove("");
        List<String> withData = preview.periodsWithData(i.id(), chosenFilters(), axes).stream()
                .map(Period::toString).toList();
        setIfChanged(periods, withData);
        if (withData.isEmpty()) {
            return;
        }
        if (!withData.contains(from.get())) {
            from.set(defaultFrom(withData));
        }
        if (!withData.contains(to.get())) {
            to.set(withData.get(withData.size() - 1));
        }
    }

    /** The chosen filters, dimensions in the indicator's order, totals left out. */
    private Map<String, String> chosenFilters() {
        Map<String, String> out = new LinkedHashMap<>();
        filters.stream().filter(f -> f.value().get() != null && !f.value().get().isEmpty())
                .forEach(f -> out.put(f.name(), f.value().get()));
        return out;
    }

    /** The periods with data from the earlier to the later of from and to. */
    private List<String> range() {
        int a = periods.indexOf(from.get());
        int b = periods.indexOf(to.get());
        if (a < 0 || b < 0) {
            return List.of();
        }
        return List.copyOf(periods.subList(Math.min(a, b), Math.max(a, b) + 1));
    }

    /** The fields every block has, in their place around the kind's own: id first; filters, periods, title. */
    protected final Map<String, String> common(String blockId, Map<String, String> axes, String blockTitle) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("id", blockId);
        out.putAll(axes);
        out.put("filters", String.join(";", chosenFilters().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).toList()));
        out.put("periods", BlockText.periods(range()));
        out.put("title", blockTitle);
        return out;
    }

    private static void setIfChanged(ObservableList<String> list, List<String> values) {
        if (!list.equals(values)) {
            list.setAll(values);
        }
    }

    /**
     * The text to put at {@code caret} of {@code text} so the block stands on its own lines with a blank line
     * before and after it (none before at the start, a final line break at the end).
     */
    public String insertion(String text, int caret) {
        return BlockText.around(text, caret, fence.get());
    }

    /** True when the choices give a block that can be inserted. */
    public boolean canInsert() {
        return issue.get() == Issue.NONE;
    }

    /** Selects the indicator with {@code id}, clearing the search so it is in the list. */
    public void select(String indicatorId) {
        search.select(indicatorId);
    }

    /** The chosen code of the filter on {@code dimension}, to set from tests or the view; "" is the total. */
    public StringProperty filter(String dimension) {
        return filters.stream().filter(d -> d.name().equals(dimension)).findFirst().orElseThrow().value();
    }

    public IndicatorSearch search() {
        return search;
    }

    public ObjectProperty<Indicator> indicatorProperty() {
        return search.indicatorProperty();
    }

    /** x (chart) or rows (table): {@link #PERIOD} or a dimension. */
    protected StringProperty firstProperty() {
        return first;
    }

    /** series (chart) or columns (table): "", {@link #PERIOD} (tables) or a dimension. */
    protected StringProperty secondProperty() {
        return second;
    }

    protected ObservableList<String> firstOptions() {
        return firstOptions;
    }

    protected ObservableList<String> secondOptions() {
        return secondOptions;
    }

    /** The dimensions on no axis, each pinned to a code or at its total. */
    public ObservableList<DimensionChoice> filters() {
        return filters;
    }

    /** The periods with data for the choices, oldest first. */
    public ObservableList<String> periods() {
        return periods;
    }

    public StringProperty fromProperty() {
        return from;
    }

    public StringProperty toProperty() {
        return to;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty idProperty() {
        return id;
    }

    /** The fenced block to insert, without surrounding line breaks; empty without an indicator. */
    public ReadOnlyStringProperty fenceProperty() {
        return fence.getReadOnlyProperty();
    }

    /** How the text refers to the block: {@code @fig:id} or {@code @tbl:id}. */
    public String reference() {
        return "@" + idPrefix + id.get().strip();
    }

    /** The block the choices resolve to, as the draft will show it (unnumbered); empty when it shows no figure. */
    public ReadOnlyObjectProperty<Optional<Block>> blockProperty() {
        return block.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Issue> issueProperty() {
        return issue.getReadOnlyProperty();
    }
}
