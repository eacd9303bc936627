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
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A screen test on the editor opened on a fresh copy of the sample ({@link UiFixtures#openSample}) in TestFX's
 * primary stage before each test, closed after it.
 */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
abstract class SampleScreenTest {

    @TempDir
    static Path dir;
    protected WorkspaceModel workspace;
    protected MainWindow window;
    protected Path file;

    @BeforeEach
    void openSample() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        UiFixtures.OpenSample sample = FxToolkit.setupFixture(() -> UiFixtures.openSample(stage, dir));
        workspace = sample.workspace();
        window = sample.window();
        file = sample.file();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> workspace.closeSession());
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
