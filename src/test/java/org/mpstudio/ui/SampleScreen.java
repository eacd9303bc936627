package org.mpstudio.ui;

import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mpstudio.ui.workspace.WorkspaceModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A screen test on the editor opened on a fresh copy of the sample, in English; closes the profile after each test. */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
abstract class SampleScreen {

    @TempDir
    static Path dir;
    protected WorkspaceModel workspace;
    protected MainWindow window;

    private Stage stage;

    // TestFX finds @Start only on the test class itself, so the window is made here
    @BeforeEach
    void openSample(FxRobot robot) throws Exception {
        robot.interact(() -> {
            try {
                stage = new Stage();
                UiFixtures.OpenSample sample = UiFixtures.openSample(stage, dir);
                workspace = sample.workspace();
                window = sample.window();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            workspace.closeSession();
            stage.close();
        });
    }

    /** Waits for the sample, selects {@code chapterId} and returns the editor once it holds the chapter's title. */
    protected CodeArea openChapter(FxRobot robot, String chapterId, String title) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> workspace.contentProperty().get() != null);
        robot.interact(() -> workspace.selectedChapterProperty().set(chapterId));
        CodeArea area = robot.lookup("#markdown-editor").queryAs(CodeArea.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> area.getText().startsWith("# " + title));
        return area;
    }
}
