package org.mpstudio.ui.insert;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mpstudio.model.doc.Block;
import org.mpstudio.model.doc.Inline;
import org.mpstudio.template.DocumentBuilder;
import org.mpstudio.ui.common.SearchText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The "Cross-reference" dialog's state: everything a chapter can refer to in the resolved profile (chapters and
 * headings with an id, figures, tables), each with its number and title as the draft prints them, narrowed by a
 * kind and a search; the chosen one gives the reference to insert ({@code @fig:ID}, {@code @tbl:ID},
 * {@code @sec:ID}). Plain JavaFX properties: no toolkit needed.
 */
public final class CrossReferenceViewModel {

    /** What a target is. */
    public enum Kind { SECTION, FIGURE, TABLE }

    /** Which kinds the list shows. */
    public enum Filter {
        ALL(null), SECTIONS(Kind.SECTION), FIGURES(Kind.FIGURE), TABLES(Kind.TABLE);

        private final Kind kind;

        Filter(Kind kind) {
            this.kind = kind;
        }

        public boolean shows(Kind k) {
            return kind == null || kind == k;
        }
    }

    /**
     * One thing to refer to.
     *
     * @param id     the block id, e.g. {@code fig:deployed-by-year}
     * @param label  what a reference to it prints, first letter capitalised: "Figure 4.2", "Section 3.1", "Annex 1",
     *               or the title of an unnumbered chapter
     * @param title  its heading or caption title
     */
    public record Target(Kind kind, String id, String label, String title) {

        /** What to write in the chapter: {@code @fig:ID}. */
        public String reference() {
            return "@" + id;
        }

        /** The line the list shows: "Figure 4.2 Workers deployed abroad …". */
        public String display() {
            return title.isEmpty() || label.equals(title) ? label : label + " " + title;
        }
    }

    private final ObjectProperty<DocumentBuilder.Result> resolved = new SimpleObjectProperty<>();
    private final ObjectProperty<Filter> filter = new SimpleObjectProperty<>(Filter.ALL);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<Target> targets = FXCollections.observableArrayList();
    private final ObjectProperty<Target> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper reference = new ReadOnlyStringWrapper("");
    private List<Target> all = List.of();

    public CrossReferenceViewModel() {
        resolved.addListener((o, a, b) -> {
            all = b == null ? List.of() : targets(b);
            update();
        });
        filter.addListener((o, a, b) -> update());
        search.addListener((o, a, b) -> update());
        selected.addListener((o, a, b) -> reference.set(b == null ? "" : b.reference()));
    }

    /** Every target of the resolved profile in document order. */
    static List<Target> targets(DocumentBuilder.Result result) {
        Map<String, String> labels = result.references();
        Locale locale = Locale.forLanguageTag(result.document().meta().lang());
        List<Target> out = new ArrayList<>();
        for (Block b : result.document().blocks()) {
            String label = labels.get(b.id());
            if (label == null) {
                continue;
            }
            String shown = label.isEmpty() ? label : label.substring(0, 1).toUpperCase(locale) + label.substring(1);
            if (b instanceof Block.Heading h && h.id().startsWith("sec:")) {
                out.add(new Target(Kind.SECTION, h.id(), shown, Inline.plain(h.text()).strip()));
            } else if (b instanceof Block.ChartBlock c) {
                out.add(new Target(Kind.FIGURE, c.id(), shown, c.title()));
            } else if (b instanceof Block.TableBlock t) {
                out.add(new Target(Kind.TABLE, t.id(), shown, t.title()));
            }
        }
        return List.copyOf(out);
    }

    private void update() {
        SearchText q = new SearchText(search.get());
        Filter f = filter.get();
        List<Target> shown = all.stream().filter(t -> f.shows(t.kind()))
                .filter(t -> q.matches(t.display(), t.id())).toList();
        targets.setAll(shown);
        if (!shown.contains(selected.get())) {
            selected.set(shown.isEmpty() ? null : shown.get(0));
        }
    }

    /** The resolved profile to list (the preview's last render); null lists nothing. */
    public ObjectProperty<DocumentBuilder.Result> resolvedProperty() {
        return resolved;
    }

    public ObjectProperty<Filter> filterProperty() {
        return filter;
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** The targets that pass the kind and the search, in document order. */
    public ObservableList<Target> targets() {
        return targets;
    }

    /** The chosen target: the first one shown unless the user picks another; null when none is shown. */
    public ObjectProperty<Target> selectedProperty() {
        return selected;
    }

    /** The reference to insert for the chosen target ({@code @tbl:ID}); empty when none is chosen. */
    public ReadOnlyStringProperty referenceProperty() {
        return reference.getReadOnlyProperty();
    }
}
