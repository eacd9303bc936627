package org.mpstudio.ui.common;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A dialog window of the editor: owned by the main window, titled from the bundles, styled by {@code base.css} and
 * {@code dialogs/dialogs.css}, and following the UI language (Lao texts get the Lao font through {@code lang-lo}).
 * Dialogs use a default button (Enter) and a cancel button (Esc) of their own.
 */
public final class DialogWindow {

    private DialogWindow() {
    }

    /** A window-modal stage showing {@code content}, not yet shown. */
    public static Stage create(Window owner, UiText text, String titleKey, Parent content) {
        return create(owner, Modality.WINDOW_MODAL, text, titleKey, content);
    }

    /**
     * A stage that stays above {@code owner} (and closes with it) but leaves it usable, for a tool window such as the
     * data browser; not yet shown.
     */
    public static Stage createTool(Window owner, UiText text, String titleKey, Parent content) {
        return create(owner, Modality.NONE, text, titleKey, content);
    }

    private static Stage create(Window owner, Modality modality, UiText text, String titleKey, Parent content) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(modality);
        }
        stage.titleProperty().bind(text.bind(titleKey));
        content.getStyleClass().add("dialog-root");
        Scene scene = new Scene(content);
        scene.getStylesheets().add(DialogWindow.class.getResource("/org/mpstudio/ui/base.css").toExternalForm());
        scene.getStylesheets().add(DialogWindow.class.getResource("/org/mpstudio/ui/dialogs/dialogs.css")
                .toExternalForm());
        language(content, text.language());
        text.localeProperty().addListener((o, a, b) -> language(content, b.getLanguage()));
        stage.setScene(scene);
        return stage;
    }

    /**
     * Shows a dialog in two steps: styled and laid out at its preferred size now, out of sight, and put on screen in
     * the next event. The first opening of a dialog in a session (new skins, style sheets applied for the first
     * time) held the window for 100-145 ms in one go; in two halves the window stays free to answer between them.
     */
    public static void show(Stage stage) {
        Parent root = stage.getScene().getRoot();
        root.applyCss();
        root.resize(root.prefWidth(-1), root.prefHeight(-1));
        root.layout();
        Platform.runLater(() -> {
            if (!stage.isShowing()) {
                stage.show();
            }
        });
    }

    /** The row of a dialog's buttons, at the bottom right (style class {@code button-bar-row}). */
    public static HBox buttonRow(Node... buttons) {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(8, gap);
        row.getChildren().addAll(buttons);
        row.getStyleClass().add("button-bar-row");
        return row;
    }

    private static void language(Parent root, String lang) {
        UiText.languageClasses(root.getStyleClass(), lang, false);
    }
}
