package org.mpstudio.ui;

import javafx.application.Application;
import javafx.stage.Stage;
import org.mpstudio.ui.common.ClassWarmup;
import org.mpstudio.ui.common.ControlWarmup;
import org.mpstudio.ui.common.FxStallMonitor;
import org.mpstudio.ui.common.FxTaskRunner;
import org.mpstudio.ui.common.LaoText;
import org.mpstudio.ui.common.UiText;
import org.mpstudio.ui.workspace.WorkspaceModel;

import java.nio.file.Path;
import java.util.List;

/**
 * The editor application: loads the bundled fonts, shows the main window and opens the profile named on the command
 * line ({@code open PROFILE}). The UI language starts from {@code -Dmpstudio.lang} (en, vi, lo), English by default.
 * For screenshots, {@code -Dmpstudio.debug.dialog=export|import|insert|chart|table|xref|problems|data|data-edit|
 * data-add} (and {@code -Dmpstudio.debug.file} for the import) opens that dialog once the profile is loaded.
 */
public final class App extends Application {

    private FxTaskRunner runner;
    private FxStallMonitor stalls;

    @Override
    public void start(Stage stage) {
        LaoText.loadFonts();
        runner = new FxTaskRunner();
        String lang = System.getProperty("mpstudio.lang", "en");
        WorkspaceModel workspace = new WorkspaceModel(runner, new UiText(UiText.LANGUAGES.contains(lang) ? lang : "en"));
        MainWindow window = new MainWindow(stage, workspace);
        ControlWarmup.run();
        stage.show();
        ClassWarmup.start();
        watchOnceLaidOut(stage);
        List<String> args = getParameters().getRaw();
        if (args.size() >= 2 && args.get(0).equals("open")) {
            window.open(Path.of(args.get(1)));
        }
        String debug = System.getProperty("mpstudio.debug.dialog");
        if (debug != null) {
            workspace.contentProperty().addListener((o, a, b) -> javafx.application.Platform.runLater(
                    () -> ScreenshotDialogs.open(window, debug, System.getProperty("mpstudio.debug.file"))));
        }
    }

    /** Starts watching for stalls after the window's first layout: start-up itself is measured as start-up time. */
    private void watchOnceLaidOut(Stage stage) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            stage.getScene().removePostLayoutPulseListener(once[0]);
            stalls = new FxStallMonitor().start();
        };
        stage.getScene().addPostLayoutPulseListener(once[0]);
    }

    @Override
    public void stop() {
        if (runner != null) {
            runner.close();
        }
        if (stalls != null) {
            stalls.close();
        }
    }
}
