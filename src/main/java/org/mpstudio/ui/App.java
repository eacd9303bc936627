package org.mpstudio.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
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
 * data-add} (with {@code -Dmpstudio.debug.file} for the import, {@code -Dmpstudio.debug.indicator} for the chart)
 * opens that dialog once the profile is loaded;
 * {@code -Dmpstudio.debug.exitWhenShown=true} quits once the window shows ({@code bench/startup-classes.sh}).
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
        List<String> args = getParameters().getRaw();
        Path first = args.size() >= 2 && args.get(0).equals("open") ? Path.of(args.get(1)) : null;
        MainWindow[] window = new MainWindow[1];
        window[0] = Startup.start(stage, workspace, first, () -> {
            watchOnceLaidOut(stage);
            if (Boolean.getBoolean("mpstudio.debug.exitWhenShown")) {
                Platform.runLater(Platform::exit);
            }
            String debug = System.getProperty("mpstudio.debug.dialog");
            if (debug != null) {
                Runnable open = () -> Platform.runLater(() -> ScreenshotDialogs.open(window[0], debug,
                        System.getProperty("mpstudio.debug.file")));
                if (workspace.contentProperty().get() != null) {
                    open.run();
                } else {
                    workspace.contentProperty().addListener((o, a, b) -> open.run());
                }
            }
        });
    }

    /** Starts watching for stalls after the window's first layout: start-up itself is measured as start-up time. */
    private void watchOnceLaidOut(Stage stage) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            stage.getScene().removePostLayoutPulseListener(once[0]);
            stalls = new FxStallMonitor(FxStallMonitor.EDITOR_PERIOD_MS).start();
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
