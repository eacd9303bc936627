package org.mpstudio.ui.data;

import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.mpstudio.model.Indicator;
import org.mpstudio.model.ProfileContent;
import org.mpstudio.store.ObservationRepository.HistoryEntry;
import org.mpstudio.ui.common.BoundControls;
import org.mpstudio.ui.common.DialogWindow;
import org.mpstudio.ui.common.LaoText;
import org.mpstudio.ui.common.UiText;
import org.mpstudio.ui.workspace.WorkspaceModel;

import java.util.Optional;
import java.util.function.Function;

/**
 * View &gt; Data browser: a window beside the editor. Left, the indicators with a search; centre, the selected
 * indicator (name, unit, agency, definition) and its figures in a sortable table, with Edit (double-click, Enter) and
 * Add; under the table, the selected figure's earlier values and a chart of the indicator's totals by period. Edits
 * are undoable from here (Ctrl+Z, Ctrl+Y) and from the editor's Edit menu.
 */
public final class DataBrowserView {

    private final WorkspaceModel workspace;
    private final UiText text;
    private final DataBrowserViewModel model;
    private final ObservationTable table;
    private final ChartView chart;
    private final TextField search = new TextField();
    private final ListView<DataBrowserViewModel.IndicatorRow> list;
    private final Stage stage;
    private final InvalidationListener onLocale = o -> relabel();
    private final ChangeListener<ProfileContent> onContent = (o, a, b) -> {
        if (b != null && (a == null || a.sources() != b.sources())) {
            relabel();
        }
    };
    private ObservationTexts texts;

    public DataBrowserView(Window owner, WorkspaceModel workspace) {
        this.workspace = workspace;
        this.text = workspace.text();
        this.model = new DataBrowserViewModel(workspace);
        this.texts = model.texts();
        this.table = new ObservationTable(model, text, () -> texts);
        this.chart = new ChartView(model, text);
        this.list = indicatorList();
        SplitPane lower = new SplitPane(historyBox(), chart.node());
        lower.setDividerPositions(0.5);
        SplitPane centreSplit = new SplitPane(table.node(), lower);
        centreSplit.setOrientation(Orientation.VERTICAL);
        centreSplit.setDividerPositions(0.58);
        VBox centre = new VBox(10, header(), readOnlyNote(), toolbar(), centreSplit);
        centre.getStyleClass().add("browser-pane");
        VBox.setVgrow(centreSplit, Priority.ALWAYS);
        SplitPane main = new SplitPane(leftBox(), centre);
        main.setDividerPositions(0.27);
        SplitPane.setResizableWithParent(main.getItems().get(0), false);
        Button close = BoundControls.button(text, "dialog.close", "data-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage().close());
        VBox root = new VBox(8, main, DialogWindow.buttonRow(close));
        VBox.setVgrow(main, Priority.ALWAYS);
        root.setId("data-browser");
        root.setPrefSize(1280, 780);
        root.getStylesheets().add(DataBrowserView.class.getResource("data-browser.css").toExternalForm());
        stage = DialogWindow.createTool(owner, text, "data.title", root);
        keys();
        model.indicatorProperty().addListener((o, a, b) -> table.show(b, model.rows()));
        model.rows().addListener((ListChangeListener<Object>) c -> table.show(model.indicatorProperty().get(),
                model.rows()));
        workspace.contentProperty().addListener(onContent);
        text.localeProperty().addListener(onLocale);
        stage.setOnShown(e -> search.requestFocus());
        stage.setOnHidden(e -> {
            workspace.contentProperty().removeListener(onContent);
            text.localeProperty().removeListener(onLocale);
            chart.close();
            model.dispose();
        });
    }

    private void relabel() {
        texts = model.texts();
        table.relabel();
        list.refresh();
    }

    private VBox leftBox() {
        Label title = BoundControls.label(text, "data.indicators");
        title.getStyleClass().add("section-title");
        title.setLabelFor(search);
        search.setId("data-search");
        search.promptTextProperty().bind(text.bind("data.search.prompt"));
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                list.requestFocus();
                if (list.getSelectionModel().isEmpty()) {
                    list.getSelectionModel().selectFirst();
                }
            }
        });
        VBox left = new VBox(6, title, search, list);
        left.getStyleClass().add("browser-pane");
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setMinWidth(260);
        return left;
    }

    private ListView<DataBrowserViewModel.IndicatorRow> indicatorList() {
        ListView<DataBrowserViewModel.IndicatorRow> l = new ListView<>(model.indicators());
        l.setId("data-indicators");
        l.getStyleClass().add("indicator-list");
        l.setCellFactory(v -> new IndicatorCell(text));
        l.setPlaceholder(hint("data.indicators.none"));
        l.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.indicatorProperty().set(b.indicator());
            }
        });
        Runnable sync = () -> {
            Indicator i = model.indicatorProperty().get();
            Optional<DataBrowserViewModel.IndicatorRow> r = l.getItems().stream()
                    .filter(x -> x.indicator().equals(i)).findFirst();
            if (r.isPresent() && l.getSelectionModel().getSelectedItem() != r.get()) {
                l.getSelectionModel().select(r.get());
                l.scrollTo(r.get());
            }
        };
        model.indicatorProperty().addListener(o -> sync.run());
        model.indicators().addListener((ListChangeListener<Object>) c -> sync.run());
        l.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                table.node().requestFocus();
                table.node().getSelectionModel().selectFirst();
            }
        });
        return l;
    }

    private VBox header() {
        Label name = headerLabel("data-indicator-name", "dialog-header", "data.pick",
                i -> i.name().isEmpty() ? i.id() : i.name());
        Label meta = headerLabel("data-indicator-meta", "indicator-meta", null,
                i -> text.get("data.header.meta", i.id(), texts.unitName(i), i.sourceAgency()));
        Label definition = headerLabel("data-indicator-definition", "indicator-definition", null,
                Indicator::definition);
        return new VBox(3, name, meta, definition);
    }

    /** A line about the selected indicator; {@code noneKey} (or nothing) when none is selected. */
    private Label headerLabel(String id, String style, String noneKey, Function<Indicator, String> words) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.textProperty().bind(Bindings.createStringBinding(() -> {
            Indicator i = model.indicatorProperty().get();
            return i != null ? words.apply(i) : noneKey == null ? "" : text.get(noneKey);
        }, model.indicatorProperty(), text.localeProperty()));
        // profile data keeps a Latin font in a Lao UI; a sentence of the UI itself does not
        l.textProperty().addListener((o, a, b) -> LaoText.markLatin(l,
                model.indicatorProperty().get() == null ? null : b));
        return l;
    }

    private Node readOnlyNote() {
        Label note = BoundControls.label(text, "data.readOnly");
        note.setId("data-read-only");
        note.getStyleClass().add("banner-read-only");
        note.setWrapText(true);
        note.setMaxWidth(Double.MAX_VALUE);
        note.visibleProperty().bind(model.editableProperty().not());
        note.managedProperty().bind(note.visibleProperty());
        return note;
    }

    private HBox toolbar() {
        Button edit = BoundControls.button(text, "data.edit", "data-edit");
        edit.disableProperty().bind(model.editableProperty().not().or(model.rowProperty().isNull()));
        edit.setOnAction(e -> edit());
        Button add = BoundControls.button(text, "data.add", "data-add");
        add.disableProperty().bind(model.editableProperty().not().or(model.indicatorProperty().isNull()));
        add.setOnAction(e -> add());
        Button undo = BoundControls.button(text, "data.undo", "data-undo");
        undo.disableProperty().bind(workspace.undo().canUndoProperty().not());
        undo.setOnAction(e -> undo(true));
        Tooltip undoTip = new Tooltip();
        undoTip.textProperty().bind(workspace.undo().undoDescriptionProperty());
        undo.setTooltip(undoTip);
        Button redo = BoundControls.button(text, "data.redo", "data-redo");
        redo.disableProperty().bind(workspace.undo().canRedoProperty().not());
        redo.setOnAction(e -> undo(false));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, edit, add, gap, undo, redo);
        bar.setAlignment(Pos.CENTER_LEFT);
        var rows = table.node();
        rows.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.rowProperty().set(b));
        model.rowProperty().addListener((o, a, b) -> {
            if (rows.getSelectionModel().getSelectedItem() != b) {
                rows.getSelectionModel().select(b);
            }
        });
        rows.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !edit.isDisabled()) {
                edit();
            }
        });
        rows.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !edit.isDisabled()) {
                edit();
            }
        });
        return bar;
    }

    private VBox historyBox() {
        Label title = BoundControls.label(text, "data.history");
        title.getStyleClass().add("section-title");
        ListView<HistoryEntry> history = new ListView<>(model.history());
        history.setId("data-history");
        history.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(HistoryEntry e, boolean empty) {
                super.updateItem(e, empty);
                Indicator i = model.indicatorProperty().get();
                setText(empty || e == null || i == null ? null : texts.history(i, e));
                setTooltip(getText() == null ? null : new Tooltip(getText()));
                LaoText.markLatin(this, getText());
            }
        });
        Label none = new Label();
        none.getStyleClass().add("hint");
        none.setWrapText(true);
        none.textProperty().bind(Bindings.createStringBinding(() -> text.get(model.rowProperty().get() == null
                ? "data.history.pick" : "data.history.none"), model.rowProperty(), text.localeProperty()));
        history.setPlaceholder(none);
        VBox box = new VBox(6, title, history);
        box.getStyleClass().add("browser-pane");
        VBox.setVgrow(history, Priority.ALWAYS);
        box.setMinWidth(280);
        return box;
    }

    private void keys() {
        var accelerators = stage.getScene().getAccelerators();
        accelerators.put(KeyCombination.keyCombination("Shortcut+F"), search::requestFocus);
        accelerators.put(KeyCombination.keyCombination("Shortcut+Z"), () -> undo(true));
        accelerators.put(KeyCombination.keyCombination("Shortcut+Y"), () -> undo(false));
        accelerators.put(KeyCombination.keyCombination("Shortcut+Shift+Z"), () -> undo(false));
    }

    private void undo(boolean back) {
        try {
            if (back) {
                workspace.undo().undo();
            } else {
                workspace.undo().redo();
            }
        } catch (Exception e) {
            workspace.statusProperty().set(text.get("error.undo", String.valueOf(e.getMessage())));
        }
    }

    private Label hint(String key) {
        Label l = BoundControls.label(text, key);
        l.getStyleClass().add("hint");
        l.setWrapText(true);
        return l;
    }

    /** Opens the form for the selected figure; null when none is selected or the profile is read-only. */
    public ObservationFormDialog edit() {
        return open(model.editForm());
    }

    /** Opens the form for a new figure of the selected indicator; null when there is none or it is read-only. */
    public ObservationFormDialog add() {
        return open(model.addForm());
    }

    private ObservationFormDialog open(Optional<ObservationForm> form) {
        if (form.isEmpty() || !model.editableProperty().get()) {
            return null;
        }
        ObservationForm f = form.get();
        ObservationFormDialog d = new ObservationFormDialog(stage, text, texts, f, model.rows(), () -> model.save(f));
        d.stage().show();
        return d;
    }

    /**
     * For screenshots ({@code -Dmpstudio.debug.dialog}): the sample's contract workers with the 2023 total selected;
     * {@code data-edit} opens its form, {@code data-add} an empty new-figure form after a first Save (all errors).
     */
    public void openForScreenshot(String mode) {
        model.searchProperty().set("contract");
        model.select("workers_deployed_contract");
        model.rowProperty().set(model.rows().get(0));
        if (mode.equals("data-edit")) {
            edit();
        } else if (mode.equals("data-add")) {
            model.save(add().form());
        }
    }

    public DataBrowserViewModel model() {
        return model;
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
        stage.toFront();
    }
}
