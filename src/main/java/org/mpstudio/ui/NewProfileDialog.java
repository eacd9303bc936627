package org.mpstudio.ui;

import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.mpstudio.folder.TemplateSet;
import org.mpstudio.ui.common.UiText;
import org.mpstudio.ui.workspace.NewProfileModel;

import java.util.List;
import java.util.Optional;

/** The "New from template" form: template set, country, language and title. */
final class NewProfileDialog {

    /** The answers. */
    record Answers(String templateId, String country, String lang, String title) {
    }

    private NewProfileDialog() {
    }

    static Optional<Answers> ask(Window owner, UiText text, List<TemplateSet> sets) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(text.get("newProfile.title"));
        d.setHeaderText(text.get("newProfile.header"));
        ChoiceBox<TemplateSet> template = new ChoiceBox<>(FXCollections.observableArrayList(sets));
        template.setConverter(new StringConverter<>() {
            @Override
            public String toString(TemplateSet s) {
                return s == null ? "" : s.name() + " (" + s.id() + ")";
            }

            @Override
            public TemplateSet fromString(String s) {
                return null;
            }
        });
        ChoiceBox<String> lang = new ChoiceBox<>();
        template.valueProperty().addListener((o, a, s) -> {
            lang.getItems().setAll(s == null ? List.of() : s.languages());
            lang.getSelectionModel().selectFirst();
        });
        template.getSelectionModel().selectFirst();
        TextField country = new TextField();
        country.setPromptText("VN, LA");
        TextField title = new TextField();
        title.setPrefColumnCount(28);
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form");
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(text.get("newProfile.template")), template);
        grid.addRow(1, new Label(text.get("newProfile.country")), country);
        grid.addRow(2, new Label(text.get("newProfile.language")), lang);
        grid.addRow(3, new Label(text.get("newProfile.reportTitle")), title);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(template.valueProperty().isNull()
                .or(title.textProperty().isEmpty())
                .or(javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> !NewProfileModel.validCountry(country.getText()), country.textProperty())));
        return d.showAndWait().filter(b -> b == ButtonType.OK).map(b -> new Answers(template.getValue().id(),
                country.getText().strip(), lang.getValue(), title.getText().strip()));
    }
}
