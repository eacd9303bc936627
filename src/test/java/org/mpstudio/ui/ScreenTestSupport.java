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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The start and end of a screen test: before each test the editor opens in English on a fresh profile file (the
 * sample, unless {@link #profile} makes another), after it the profile is closed. Subclasses only write tests.
 * Tagged {@code gui}, like every test that draws the editor.
 */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
abstract class ScreenTestSupport {

    @TempDir
    static Path dir;
    protected Path file;
    protected WorkspaceModel workspace;
    protected MainWindow window;

    /** The profile to open, written under {@code folder}: by default a copy of the sample. */
    protected Path profile(Path folder) throws Exception {
        return UiFixtures.sample(folder);
    }

    @BeforeEach
    void openEditor() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        Path file = profile(Files.createTempDirectory(dir, "profile"));
        UiFixtures.OpenSample open = FxToolkit.setupFixture(() -> UiFixtures.open(stage, dir, file));
        this.file = open.file();
        workspace = open.workspace();
        window = open.window();
    }

    @AfterEach
    void closeProfile(FxRobot robot) {
        robot.interact(() -> workspace.closeSession());
    }

    /** Waits until the profile is loaded. */
    protected void opened() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> workspace.contentProperty().get() != null);
    }

    /** Waits for the profile, selects {@code chapterId} and returns the editor once it holds the chapter's title. */
    protected CodeArea openChapter(FxRobot robot, String chapterId, String title) throws Exception {
        opened();
        robot.interact(() -> workspace.selectedChapterProperty().set(chapterId));
        CodeArea area = robot.lookup("#markdown-editor").queryAs(CodeArea.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> area.getText().startsWith("# " + title));
        return area;
    }

    /** As {@link #openChapter}, with the caret at the end of the chapter and the editor focused. */
    protected CodeArea caretAtEnd(FxRobot robot, String chapterId, String title) throws Exception {
        CodeArea area = openChapter(robot, chapterId, title);
        robot.interact(() -> {
            area.moveTo(area.getLength());
            area.requestFocus();
        });
        return area;
    }
}
