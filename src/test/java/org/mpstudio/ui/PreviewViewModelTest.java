package org.mpstudio.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mpstudio.ui.common.FxTaskRunner;
import org.mpstudio.ui.common.UiText;
import org.mpstudio.ui.preview.PreviewViewModel;
import org.mpstudio.ui.workspace.ProfileSession;
import org.mpstudio.ui.workspace.WorkspaceModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The preview's model hands a render on to the workspace: numbers and the chapter's problems, then the render. */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class PreviewViewModelTest {

    @TempDir
    Path dir;
    private WorkspaceModel workspace;

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> workspace.closeSession());
    }

    @Test
    void whenARenderArrivesTheWorkspaceAlreadyHoldsItsChapterNumbers(FxRobot robot) throws Exception {
        Path file = UiFixtures.small(dir, "# One\n\nFirst chapter.\n", "# Two\n\nSecond chapter.\n");
        List<Map<String, String>> numbersSeen = new CopyOnWriteArrayList<>();
        List<Map<String, String>> numbersRendered = new CopyOnWriteArrayList<>();
        robot.interact(() -> {
            try {
                workspace = new WorkspaceModel(new FxTaskRunner(), new UiText("en"));
                PreviewViewModel preview = new PreviewViewModel(workspace);
                // start-up shows the window from such a listener: what it lays out must be complete by then
                preview.renderedProperty().addListener((o, a, r) -> {
                    numbersRendered.add(r.numbers());
                    numbersSeen.add(workspace.numbersProperty().get());
                });
                workspace.show(WorkspaceModel.load(ProfileSession.open(file)));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !numbersRendered.isEmpty());
        assertFalse(numbersRendered.get(0).isEmpty(), "the small profile's chapters are numbered");
        assertEquals(numbersRendered.get(0), numbersSeen.get(0), "the binder's numbers were set before the render");
    }
}
