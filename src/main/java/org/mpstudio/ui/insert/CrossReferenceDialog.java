package org.mpstudio.ui.insert;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.mpstudio.model.ProfileContent;
import org.mpstudio.task.TaskRunner;
import org.mpstudio.template.DocumentBuilder;
import org.mpstudio.ui.common.BoundControls;
import org.mpstudio.ui.common.DialogWindow;
import org.mpstudio.ui.common.LaoText;
import org.mpstudio.ui.common.UiText;
import org.mpstudio.ui.workspace.WorkspaceModel;

import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * Insert > Cross-reference: a searchable list of the profile's sections, figures and tables as the draft numbers
 * them, narrowed by kind; Insert (Enter, or a double-click) puts the chosen reference at the caret, Esc cancels.
 */
public final class CrossReferenceDialog {

    private final CrossReferenceViewModel model = new CrossReferenceViewModel();
    private final UiText text;
    private final Consumer<String> insert;
    private final Stage stage;

    /** @param insert puts the reference ({@code @fig:ID}) into the chapter, e.g. at the editor's caret */
    public CrossReferenceDialog(Window owner, WorkspaceModel workspace, Consumer<String> insert) {
        this.text = workspace.text();
        this.insert = insert;
        resolve(workspace);
        TextField search = new TextField();
        search.setId("xref-search");
        search.textProperty().bindBidirectional(model.searchProperty());
        Label find = BoundControls.label(text, "xref.search");
        find.setLabelFor(search);
        ListView<CrossReferenceViewModel.Target> list = list();
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                list.requestFocus();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        Label reads = new Label();
        reads.setId("xref-reads");
        reads.setWrapText(true);
        reads.textProperty().bind(Bindings.createStringBinding(() -> model.selectedProperty().get() == null ? ""
                : text.get("xref.reads", model.selectedProperty().get().label()), model.selectedProperty(),
                text.localeProperty()));
        Label code = new Label();
        code.setId("xref-reference");
        code.getStyleClass().add("placeholder-code");
        code.textProperty().bind(model.referenceProperty());

        Button ok = BoundControls.button(text, "xref.insert", "xref-ok");
        ok.setDefaultButton(true);
        ok.disableProperty().bind(model.selectedProperty().isNull());
        ok.setOnAction(e -> insertChosen());
        Button cancel = BoundControls.button(text, "dialog.cancel", "xref-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage().close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, code, gap, ok, cancel);
        buttons.getStyleClass().add("button-bar-row");

        VBox root = new VBox(8, find, search, kinds(), list, reads, buttons);
        root.setId("xref-dialog");
        root.setPrefSize(640, 560);
        stage = DialogWindow.create(owner, text, "xref.title", root);
        stage.setOnShown(e -> search.requestFocus());
    }

    /** Numbers the whole profile as the draft does, in the background; the list fills in when it is done. */
    private void resolve(WorkspaceModel workspace) {
        ProfileContent content = workspace.contentProperty().get();
        if (content == null) {
            return;
        }
        workspace.runner().run(TaskRunner.Lane.COMPUTE, "cross-reference targets",
                () -> new DocumentBuilder().build(content, content.meta().mainLanguage(), LocalDate.now().toString()),
                model.resolvedProperty()::set, e -> model.resolvedProperty().set(null));
    }

    private ListView<CrossReferenceViewModel.Target> list() {
        ListView<CrossReferenceViewModel.Target> list = new ListView<>(model.targets());
        list.setId("xref-targets");
        list.setCellFactory(v -> new TargetCell());
        Label empty = new Label();
        empty.setWrapText(true);
        empty.textProperty().bind(Bindings.createStringBinding(() -> text.get(model.resolvedProperty().get() == null
                ? "xref.waiting" : "xref.none"), model.resolvedProperty(), text.localeProperty()));
        list.setPlaceholder(empty);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.selectedProperty().set(b);
            }
        });
        // the list drops its selection when the search replaces its items: show the model's choice again
        Runnable follow = () -> {
            CrossReferenceViewModel.Target t = model.selectedProperty().get();
            if (t != null && list.getSelectionModel().getSelectedItem() != t) {
                list.getSelectionModel().select(t);
                list.scrollTo(t);
            }
        };
        model.selectedProperty().addListener((o, a, b) -> follow.run());
        model.targets().addListener((ListChangeListener<CrossReferenceViewModel.Target>) c -> follow.run());
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                insertChosen();
            }
        });
        return list;
    }

    /** All / Sections / Figures / Tables: one is always chosen. */
    private HBox kinds() {
        ToggleGroup group = new ToggleGroup();
        HBox row = new HBox(4);
        row.setId("xref-kinds");
        for (CrossReferenceViewModel.Filter f : CrossReferenceViewModel.Filter.values()) {
            String name = f.name().toLowerCase(java.util.Locale.ROOT);
            ToggleButton b = new ToggleButton();
            b.setId("xref-kind-" + name);
            b.textProperty().bind(text.bind("xref.kind." + name));
            b.setUserData(f);
            b.setToggleGroup(group);
            b.setSelected(f == model.filterProperty().get());
            row.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            } else {
                model.filterProperty().set((CrossReferenceViewModel.Filter) b.getUserData());
            }
        });
        return row;
    }

    private void insertChosen() {
        String reference = model.referenceProperty().get();
        if (!reference.isEmpty()) {
            insert.accept(reference);
            stage.close();
        }
    }

    /** Number and title on the first line, the reference to be written on the second. */
    private static final class TargetCell extends ListCell<CrossReferenceViewModel.Target> {
        @Override
        protected void updateItem(CrossReferenceViewModel.Target t, boolean empty) {
            super.updateItem(t, empty);
            setText(empty || t == null ? null : t.display() + "\n" + t.reference());
            // in a Lao UI, Latin-only titles keep a Latin font (wrapping them in the Lao font garbles them)
            getStyleClass().remove("latin-text");
            if (t != null && !empty && t.display().codePoints().noneMatch(LaoText::isLao)) {
                getStyleClass().add("latin-text");
            }
        }
    }

    public CrossReferenceViewModel model() {
        return model;
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        DialogWindow.show(stage);
    }
}
