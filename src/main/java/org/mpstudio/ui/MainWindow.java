package org.mpstudio.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.fxmisc.wellbehaved.event.EventPattern;
import org.fxmisc.wellbehaved.event.InputMap;
import org.fxmisc.wellbehaved.event.Nodes;
import org.mpstudio.ui.binder.BinderView;
import org.mpstudio.ui.binder.BinderViewModel;
import org.mpstudio.ui.common.LazyContextMenu;
import org.mpstudio.ui.common.UiText;
import org.mpstudio.ui.data.DataBrowserView;
import org.mpstudio.ui.data.ImportDialog;
import org.mpstudio.ui.editor.EditorView;
import org.mpstudio.ui.editor.EditorViewModel;
import org.mpstudio.ui.export.ExportDialog;
import org.mpstudio.ui.history.HistoryDialog;
import org.mpstudio.ui.insert.InsertChartDialog;
import org.mpstudio.ui.insert.InsertTableDialog;
import org.mpstudio.ui.insert.CrossReferenceDialog;
import org.mpstudio.ui.insert.InsertValueDialog;
import org.mpstudio.ui.preview.PreviewView;
import org.mpstudio.ui.problems.ProblemsView;
import org.mpstudio.ui.problems.ProblemsViewModel;
import org.mpstudio.ui.preview.PreviewViewModel;
import org.mpstudio.ui.workspace.ProfileSession;
import org.mpstudio.ui.workspace.WorkspaceModel;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The editor's window: menus, the read-only banner, binder | editor | preview, and a status line. Opens, creates and
 * copies profiles; routes undo and redo to the text editor when it has the focus and text to undo or redo, else to
 * the structural history (so a restore from the chapter history, which starts the editor's text history again, can
 * be undone with Ctrl+Z).
 */
public final class MainWindow implements MainMenu.Actions {

    private final Stage stage;
    private final WorkspaceModel workspace;
    private final UiText text;
    private final EditorViewModel editorModel;
    private final EditorView editor;
    private final MainMenu menu;
    private final ProfileFiles files;
    private final EditorInserts inserts;
    private final BorderPane root = new BorderPane();
    private final BinderViewModel binderModel;
    private final BinderView binder;
    private final ProblemsViewModel problemsModel;
    private final PreviewViewModel previewModel;
    private final PreviewView preview;
    private DataBrowserView dataBrowser;
    /** The parts of the window that show UI text and follow the UI language's fonts. */
    private final List<Node> uiText;
    /** The editor's right-click menu, once made. */
    private javafx.scene.control.ContextMenu editorMenu;

    public MainWindow(Stage stage, WorkspaceModel workspace) {
        this.stage = stage;
        this.workspace = workspace;
        this.text = workspace.text();
        binderModel = new BinderViewModel(workspace);
        binder = new BinderView(workspace, binderModel);
        previewModel = new PreviewViewModel(workspace);
        preview = new PreviewView(previewModel);
        editorModel = new EditorViewModel(workspace, Clock.systemDefaultZone());
        editor = new EditorView(workspace, editorModel, preview::reveal);
        Nodes.addInputMap(editor.area(), InputMap.sequence(
                InputMap.ignore(EventPattern.keyPressed(KeyCode.Z, KeyCombination.SHORTCUT_DOWN)),
                InputMap.ignore(EventPattern.keyPressed(KeyCode.Y, KeyCombination.SHORTCUT_DOWN)),
                InputMap.ignore(EventPattern.keyPressed(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.SHIFT_DOWN)),
                InputMap.ignore(EventPattern.keyPressed(KeyCode.V, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.SHIFT_DOWN)),
                InputMap.ignore(EventPattern.keyPressed(KeyCode.C, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.SHIFT_DOWN)),
                InputMap.ignore(EventPattern.keyPressed(KeyCode.T, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.SHIFT_DOWN)),
                InputMap.ignore(EventPattern.keyPressed(KeyCode.R, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.SHIFT_DOWN))));
        menu = new MainMenu(text, this, this::setLanguage);
        inserts = new EditorInserts(stage, workspace, editorModel, editor.area());
        menu.disableInsert(inserts.disabled());
        LazyContextMenu.install(editor.area(), this::editorMenu);
        files = new ProfileFiles(stage, workspace, menu, binder.node(), editor.node());
        SplitPane split = new SplitPane(binder.node(), editor.node(), preview.node());
        split.setDividerPositions(0.24, 0.62);
        SplitPane.setResizableWithParent(binder.node(), false);
        VBox top = new VBox(menu.bar(), banner());
        root.setTop(top);
        root.setCenter(split);
        problemsModel = new ProblemsViewModel(workspace);
        problemsModel.onGoToLine((chapter, line) -> {
            var area = editor.area();
            if (line > 0 && line <= area.getParagraphs().size()) {
                area.moveTo(line - 1, 0);
            }
            area.requestFollowCaret();
            area.requestFocus();
        });
        VBox bottom = new VBox(new ProblemsView(problemsModel, text).node(), statusBar());
        root.setBottom(bottom);
        uiText = List.of(top, binder.node(), bottom);
        root.getStyleClass().add("main-window");
        Scene scene = new Scene(root, 1360, 820);
        scene.getStylesheets().add(MainWindow.class.getResource("/org/mpstudio/ui/base.css").toExternalForm());
        scene.getStylesheets().add(MainWindow.class.getResource("main-window.css").toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), this::redo);
        stage.setScene(scene);
        stage.titleProperty().bind(Bindings.createStringBinding(this::title, workspace.contentProperty(),
                workspace.readOnlyProperty(), text.localeProperty()));
        stage.setOnCloseRequest(e -> workspace.closeSession());
        setLanguage(text.language());
    }

    public Parent root() {
        return root;
    }

    WorkspaceModel workspace() {
        return workspace;
    }

    public BinderViewModel binderModel() {
        return binderModel;
    }

    public EditorViewModel editorModel() {
        return editorModel;
    }

    /** The chapter binder (tests read its tree). */
    public BinderView binderView() {
        return binder;
    }

    /** The Markdown editor (tests read its text, caret and hover text). */
    public EditorView editorView() {
        return editor;
    }

    private String title() {
        var c = workspace.contentProperty().get();
        String app = text.get("app.name");
        if (c == null) {
            return app;
        }
        return c.meta().title() + " — " + app + (workspace.readOnlyProperty().get() ? " " + text.get("app.readOnly")
                : "");
    }

    private Region banner() {
        Label label = new Label();
        label.setId("read-only-banner");
        label.getStyleClass().add("banner-read-only");
        label.setMaxWidth(Double.MAX_VALUE);
        label.setWrapText(true);
        label.textProperty().bind(Bindings.createStringBinding(() -> {
            ProfileSession s = workspace.sessionProperty().get();
            return s == null ? "" : s.heldBy().map(h -> text.get("banner.readOnly", h.host(), h.pid(), h.time()))
                    .orElse("");
        }, workspace.sessionProperty(), text.localeProperty()));
        label.visibleProperty().bind(workspace.readOnlyProperty());
        label.managedProperty().bind(workspace.readOnlyProperty());
        return label;
    }

    private Region statusBar() {
        Label status = new Label();
        status.setId("status-line");
        status.textProperty().bind(workspace.statusProperty());
        Label problems = new Label();
        problems.setId("problem-count");
        problems.textProperty().bind(Bindings.createStringBinding(() -> text.get("status.problems",
                workspace.chapterProblemsProperty().get().size()), workspace.chapterProblemsProperty(),
                text.localeProperty()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(12, status, gap, problems);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    /**
     * Switches the UI language. Lao texts get the Lao font through the {@code lang-lo} style class, which goes on the
     * parts that show UI text (menus, binder, problems, status line, the editor's right-click menu) and not on the
     * editor's lines or the preview: those show the profile's text, whose Lao runs have their own class, and
     * restyling all their nodes made the first switch to Lao hold the window for over 100 ms.
     */
    public void setLanguage(String lang) {
        text.setLanguage(lang);
        uiText.forEach(n -> UiText.languageClasses(n.getStyleClass(), lang, true));
        if (editorMenu != null) {
            UiText.languageClasses(editorMenu.getStyleClass(), lang, true);
        }
    }

    /** Opens a profile file or source folder in the background; errors are shown, never thrown. */
    public void open(Path path) {
        files.open(path);
    }

    /**
     * Start-up: shows the profile {@code reading} reads and lays it out while the preview of its first chapter and
     * the check of the whole profile are made in the background, then runs {@code ready} once both are shown too (at
     * once if the profile could not be opened), so that the window can appear with the whole profile laid out.
     */
    void showAtStart(ProfileFiles.Reading reading, Runnable ready) {
        files.show(reading, shown -> {
            if (stage.isShowing()) {
                // read too slowly: the window showed without it, and pulses lay the profile out
                ready.run();
                return;
            }
            // laid out now, the preview's first result finds the page's width and needs no second drawing
            root.applyCss();
            root.layout();
            if (!shown) {
                ready.run();
                return;
            }
            int[] waiting = {2};
            Runnable one = () -> {
                if (--waiting[0] == 0) {
                    ready.run();
                }
            };
            onceChanged(previewModel.renderedProperty(), one);
            onceChanged(problemsModel.checksShownProperty(), one);
        });
    }

    /**
     * Lays the window out and draws it out of sight, before it first shows: its glyphs and images are then ready, and
     * its first frame does not hold the JavaFX thread for over 100 ms (software rendering especially).
     */
    void drawOutOfSight() {
        root.applyCss();
        root.layout();
        root.snapshot(null, null);
    }

    /**
     * Draws the window out of sight while the binder, the editor and the preview hold made-up rows, lines and blocks,
     * then empties them again ({@link BinderView#rehearse}, {@link EditorView#rehearse}, {@link PreviewView#rehearse}).
     * Start-up does it while the first profile is still being read, before the window shows: in a new JVM, laying out
     * a profile's first rows, lines and page in a window on screen held it 130-200 ms; rehearsed, the code, styles
     * and glyphs they need are ready.
     */
    void rehearse() {
        binder.rehearse(() -> editor.rehearse(() -> preview.rehearse(this::drawOutOfSight)));
    }

    /** Runs {@code then} the first time {@code value} changes, then stops listening. */
    static void onceChanged(ObservableValue<?> value, Runnable then) {
        value.addListener(new ChangeListener<Object>() {
            @Override
            public void changed(ObservableValue<?> o, Object a, Object b) {
                o.removeListener(this);
                then.run();
            }
        });
    }

    @Override
    public void newProfile() {
        files.newProfile();
    }

    @Override
    public void open() {
        files.open();
    }

    @Override
    public void openRecent(Path file) {
        files.open(file);
    }

    @Override
    public void save() {
        editorModel.saveNow();
    }

    @Override
    public void saveAs() {
        files.saveAs();
    }

    /** File > Export: the export dialog, or nothing when no profile is open. */
    @Override
    public void exportDraft() {
        showExport();
    }

    /** Opens the export dialog and returns it (tests drive its view model); null when no profile is open. */
    public ExportDialog showExport() {
        if (workspace.contentProperty().get() == null) {
            return null;
        }
        ExportDialog d = new ExportDialog(stage, workspace);
        d.show();
        return d;
    }

    /** File > Import data: the import dialog, or nothing when no profile is open. */
    @Override
    public void importData() {
        showImport();
    }

    /** Opens the import dialog and returns it (tests set its file); null when no profile is open. */
    public ImportDialog showImport() {
        if (workspace.contentProperty().get() == null) {
            return null;
        }
        ImportDialog d = new ImportDialog(stage, workspace);
        d.show();
        return d;
    }

    /** View > Data browser: the indicators, their figures and chart, editing a figure with its source. */
    @Override
    public void dataBrowser() {
        showDataBrowser();
    }

    /** Shows the data browser (one window, brought to the front if open); null when no profile is open. */
    public DataBrowserView showDataBrowser() {
        if (workspace.contentProperty().get() == null) {
            return null;
        }
        if (dataBrowser == null || !dataBrowser.stage().isShowing()) {
            dataBrowser = new DataBrowserView(stage, workspace);
        }
        dataBrowser.show();
        return dataBrowser;
    }

    /** Insert > Figure value: the dialog, when a chapter is open and editable. */
    @Override
    public void insertValue() {
        showInsertValue();
    }

    /** Opens the figure value dialog and returns it (tests drive its view model); null when it cannot insert. */
    public InsertValueDialog showInsertValue() {
        return inserts.value();
    }

    /** Insert > Chart (Shortcut+Shift+C): the dialog, when a chapter is open and editable. */
    @Override
    public void insertChart() {
        showInsertChart();
    }

    /** Opens the chart dialog and returns it; null when it cannot insert. */
    public InsertChartDialog showInsertChart() {
        return inserts.chart();
    }

    /** Insert > Table (Shortcut+Shift+T): the dialog, when a chapter is open and editable. */
    @Override
    public void insertTable() {
        showInsertTable();
    }

    /** Opens the table dialog and returns it; null when it cannot insert. */
    public InsertTableDialog showInsertTable() {
        return inserts.table();
    }

    /** The editor's right-click menu: the Insert menu's items, then Remove guidance. */
    private javafx.scene.control.ContextMenu editorMenu() {
        javafx.scene.control.ContextMenu m = inserts.contextMenu();
        editorMenu = m;
        // its labels would take the editor's monospace font from the area it belongs to
        m.getStyleClass().add("ui-menu");
        UiText.languageClasses(m.getStyleClass(), text.language(), true);
        javafx.scene.control.MenuItem guidance = new javafx.scene.control.MenuItem();
        guidance.textProperty().bind(text.bind("menu.edit.removeGuidance"));
        guidance.setOnAction(e -> removeGuidance(false));
        guidance.disableProperty().bind(inserts.disabled());
        m.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), guidance);
        return m;
    }

    /** Edit > Remove guidance: the block at the caret, or every block of the chapter, as one undoable edit. */
    @Override
    public void removeGuidance(boolean all) {
        if (editorModel.loadedProperty().get() != null && !editor.removeGuidance(all)) {
            workspace.statusProperty().set(text.get("status.noGuidance"));
        }
    }

    /** Insert > Cross-reference (Shortcut+Shift+R): the dialog, when a chapter is open and editable. */
    @Override
    public void crossReference() {
        showCrossReference();
    }

    /** Opens the cross-reference dialog; its Insert puts {@code @fig:ID} etc. at the caret as an undoable edit. */
    public CrossReferenceDialog showCrossReference() {
        return inserts.crossReference();
    }

    /** View > Problems (F8): shows or hides the problems panel, checking the profile when it shows. */
    @Override
    public void toggleProblems() {
        problemsModel.visibleProperty().set(!problemsModel.visibleProperty().get());
        if (problemsModel.visibleProperty().get()) {
            problemsModel.refresh();
        }
    }

    /** Chapter > History (Ctrl+H): the selected chapter's revisions, when a profile is open. */
    @Override
    public void history() {
        showHistory();
    }

    /** Opens the history of the selected chapter and returns it (tests drive its view model); null without one. */
    public HistoryDialog showHistory() {
        String chapter = workspace.selectedChapterProperty().get();
        if (workspace.contentProperty().get() == null || chapter == null) {
            return null;
        }
        HistoryDialog d = new HistoryDialog(stage, workspace, chapter, editorModel::restore);
        d.show();
        return d;
    }

    public ProblemsViewModel problemsModel() {
        return problemsModel;
    }

    @Override
    public void quit() {
        workspace.closeSession();
        stage.close();
    }

    @Override
    public void undo() {
        if (editor.area().isFocused() && editor.area().getUndoManager().isUndoAvailable()) {
            editor.area().undo();
        } else {
            structural(true);
        }
    }

    @Override
    public void redo() {
        if (editor.area().isFocused() && editor.area().getUndoManager().isRedoAvailable()) {
            editor.area().redo();
        } else {
            structural(false);
        }
    }

    private void structural(boolean undo) {
        try {
            if (undo) {
                workspace.undo().undo();
            } else {
                workspace.undo().redo();
            }
        } catch (Exception e) {
            files.fail("error.undo", e);
        }
    }
}
