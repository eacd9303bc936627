package org.mpstudio.ui.insert;

import javafx.beans.binding.Bindings;
import javafx.beans.property.Property;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.mpstudio.template.CodeLabels;
import org.mpstudio.ui.common.BoundControls;
import org.mpstudio.ui.common.DialogWindow;
import org.mpstudio.ui.common.UiText;
import org.mpstudio.ui.insert.FigureViewModel.Issue;

import java.util.Map;
import java.util.function.Function;

/**
 * What the chart and table dialogs look like, around their own choices: the indicator picker on the left; in the
 * middle the dialog's choices ({@link #row}), the filters, the period range, the title, the dialog's later
 * choices ({@link #laterRow}) and the id; on the right the preview, what stops the insert and the text to insert;
 * Insert (Enter) and Cancel (Esc) below. Dimension names and codes are labelled in the UI language.
 */
final class FigureForm {

    private static final double LABEL_WIDTH = 130;
    private static final double FIELD_WIDTH = 280;
    private static final double PREVIEW_WIDTH = ChartPreview.WIDTH + 20;

    private final UiText text;
    private final FigureViewModel model;
    private final CodeLabels labels;
    private final IndicatorPicker picker;
    private final GridPane top = grid();
    private final GridPane filterGrid = grid();
    private final GridPane bottom = grid();
    private final Label filtersTitle;

    FigureForm(UiText text, FigureViewModel model) {
        this.text = text;
        this.model = model;
        this.labels = new CodeLabels(text.language());
        this.picker = new IndicatorPicker(text, model.search());
        filtersTitle = sectionTitle("insertFigure.filters");
        model.filters().addListener((ListChangeListener<DimensionChoice>) c -> rebuildFilters());
        rebuildFilters();
        ComboBox<String> from = combo("insert-from", model.periods(), model.fromProperty(), p -> p);
        ComboBox<String> to = combo("insert-to", model.periods(), model.toProperty(), p -> p);
        from.setPrefWidth(110);
        to.setPrefWidth(110);
        HBox range = new HBox(8, from, BoundControls.label(text, "insertFigure.to"), to);
        range.setAlignment(Pos.CENTER_LEFT);
        addRow(bottom, "insertFigure.periods", range);
        addRow(bottom, "insertFigure.heading", field("insert-title", model.titleProperty()));
    }

    /** Adds a choice of the dialog's own above the filters. */
    void row(String labelKey, Node control) {
        addRow(top, labelKey, control);
    }

    /** Adds a choice of the dialog's own after the title. */
    void laterRow(String labelKey, Node control) {
        addRow(bottom, labelKey, control);
    }

    /** A combo box showing {@code items} through {@code label}, bound to {@code value}; Latin labels stay Latin. */
    <T> ComboBox<T> combo(String id, ObservableList<T> items, Property<T> value, Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>(items);
        box.setId(id);
        box.setPrefWidth(FIELD_WIDTH);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : label.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        box.setCellFactory(v -> new LabelCell<>(label));
        box.setButtonCell(new LabelCell<>(label));
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    /** Labels an axis choice: "" through {@code noneKey}, the period, or a dimension's name. */
    Function<String, String> axisLabel(String noneKey) {
        return a -> a.isEmpty() ? text.get(noneKey) : a.equals(FigureViewModel.PERIOD)
                ? text.get("insertFigure.period") : labels.dimension(a);
    }

    /** A text field bound to {@code value}. */
    TextField field(String id, StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefWidth(FIELD_WIDTH);
        f.textProperty().bindBidirectional(value);
        f.textProperty().addListener((o, a, b) -> LatinText.mark(f, b));
        LatinText.mark(f, f.getText());
        return f;
    }

    private void rebuildFilters() {
        filterGrid.getChildren().clear();
        int row = 0;
        for (DimensionChoice d : model.filters()) {
            ComboBox<String> box = combo("insert-filter-" + d.name(), d.options(), d.value(), code -> code.isEmpty()
                    ? text.get("insertValue.total") : codeLabel(d.name(), code));
            Label l = new Label(labels.dimension(d.name()));
            LatinText.mark(l, l.getText());
            filterGrid.addRow(row++, l, box);
        }
        filtersTitle.setVisible(row > 0);
        // room for two filters from the start, so the window need not grow for most indicators; more are never
        // squeezed: the choices scroll instead
        filterGrid.setMinHeight(row > 2 ? Region.USE_PREF_SIZE : 2 * 27 + 8);
    }

    private String codeLabel(String dimension, String code) {
        String label = labels.value(dimension, code);
        return label.equals(code) ? code : label + " (" + code + ")";
    }

    /**
     * The dialog window with the id row added and {@code preview} on the right; Insert puts the block at the
     * target's caret and closes it.
     */
    Stage stage(Window owner, String titleKey, String rootId, Node preview, InsertTarget target) {
        addRow(bottom, "insertFigure.id", field("insert-id", model.idProperty()));
        HBox body = new HBox(16, picker.node(), scrolling(middle()), right(preview));
        VBox.setVgrow(body, Priority.ALWAYS);
        VBox root = new VBox(10, body, buttons(target));
        root.setId(rootId);
        Stage stage = DialogWindow.create(owner, text, titleKey, root);
        stage.setOnShown(e -> picker.focus());
        return stage;
    }

    /** The choices in a pane that scrolls when an indicator has more filters than the window has room for. */
    private static ScrollPane scrolling(VBox middle) {
        ScrollPane scroll = new ScrollPane(middle);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setMinWidth(middle.getMinWidth() + 16);
        scroll.setPrefWidth(middle.getPrefWidth() + 16);
        return scroll;
    }

    /** The choices, then the text to insert, which takes the room left and gives it up to filters (it scrolls). */
    private VBox middle() {
        TextArea code = new TextArea();
        code.setId("insert-code");
        code.getStyleClass().add("placeholder-code");
        code.setEditable(false);
        code.setWrapText(true);
        code.setPrefRowCount(9);
        code.setMinHeight(60);
        VBox.setVgrow(code, Priority.ALWAYS);
        code.textProperty().bind(model.fenceProperty());
        VBox middle = new VBox(10, top, filtersTitle, filterGrid, bottom, sectionTitle("insertFigure.code"), code);
        middle.setPrefWidth(LABEL_WIDTH + FIELD_WIDTH + 10);
        middle.setMinWidth(LABEL_WIDTH + FIELD_WIDTH + 10);
        return middle;
    }

    /** The preview, then what stops the insert (or how to refer to the block). */
    private VBox right(Node preview) {
        Label issue = new Label();
        issue.setId("insert-issue");
        issue.setWrapText(true);
        issue.setMinHeight(Region.USE_PREF_SIZE);
        issue.setPrefHeight(40);
        issue.setMaxWidth(PREVIEW_WIDTH);
        issue.textProperty().bind(Bindings.createStringBinding(this::issueText, model.issueProperty(),
                model.idProperty(), text.localeProperty()));
        model.issueProperty().addListener((o, a, b) -> styleIssue(issue));
        styleIssue(issue);
        VBox right = new VBox(8, sectionTitle("insertFigure.preview"), preview, issue);
        right.setPrefWidth(PREVIEW_WIDTH);
        right.setMinWidth(PREVIEW_WIDTH);
        return right;
    }

    private HBox buttons(InsertTarget target) {
        Button ok = BoundControls.button(text, "insertFigure.insert", "insert-ok");
        ok.setDefaultButton(true);
        ok.disableProperty().bind(model.issueProperty().isNotEqualTo(Issue.NONE));
        ok.setOnAction(e -> {
            int caret = target.caret();
            target.insert(caret, model.insertion(target.text(), caret));
            ok.getScene().getWindow().hide();
        });
        Button cancel = BoundControls.button(text, "dialog.cancel", "insert-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> cancel.getScene().getWindow().hide());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, gap, ok, cancel);
        buttons.getStyleClass().add("button-bar-row");
        return buttons;
    }

    /** Hints in grey, what stops the insert in red. */
    private void styleIssue(Label issue) {
        Issue i = model.issueProperty().get();
        issue.getStyleClass().removeAll("hint", "message-error");
        issue.getStyleClass().add(i == Issue.NONE || i == Issue.NO_INDICATOR ? "hint" : "message-error");
    }

    private String issueText() {
        Map<Issue, String> keys = Map.of(Issue.NO_INDICATOR, "insertFigure.issue.pick",
                Issue.NO_DATA, "insertFigure.issue.noData", Issue.NO_TITLE, "insertFigure.issue.noTitle",
                Issue.BAD_ID, "insertFigure.issue.badId", Issue.TAKEN_ID, "insertFigure.issue.takenId");
        Issue i = model.issueProperty().get();
        String id = model.idProperty().get().strip();
        return i == Issue.NONE ? text.get("insertFigure.ready", model.reference())
                : text.get(keys.get(i), id);
    }

    private void addRow(GridPane grid, String labelKey, Node control) {
        Label l = BoundControls.label(text, labelKey);
        l.setWrapText(true);
        grid.addRow(grid.getRowCount(), l, control);
    }

    private Label sectionTitle(String key) {
        Label l = BoundControls.label(text, key);
        l.getStyleClass().add("section-title");
        return l;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setMinHeight(Region.USE_PREF_SIZE);
        g.setHgap(10);
        g.setVgap(8);
        ColumnConstraints label = new ColumnConstraints(LABEL_WIDTH);
        g.getColumnConstraints().addAll(label, new ColumnConstraints());
        return g;
    }

    /** A combo box cell showing its item through a label, in the Latin font when the label has no Lao. */
    private static final class LabelCell<T> extends ListCell<T> {

        private final Function<T, String> label;

        LabelCell(Function<T, String> label) {
            this.label = label;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : label.apply(item));
            LatinText.mark(this, getText());
        }
    }
}
