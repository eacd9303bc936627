package org.mpstudio.ui;

import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mpstudio.task.TaskRunner;
import org.mpstudio.ui.common.FxTaskRunner;
import org.mpstudio.ui.common.LaoText;
import org.mpstudio.ui.common.UiText;
import org.mpstudio.ui.workspace.WorkspaceModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How the editor starts ({@link Startup}): the window appears with the first profile already laid out (binder, the
 * first chapter in the editor, its preview, the check), or, when the profile cannot be read or is slow to read,
 * appears anyway and says so.
 */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class StartupScreenTest {

    @TempDir
    Path dir;
    private final List<Stage> stages = new ArrayList<>();
    private final List<WorkspaceModel> workspaces = new ArrayList<>();

    /** What the window held at the moment it was shown. */
    private record AtShow(boolean showing, int binderRows, int numberedRows, String editorText, String previewText,
                          int checks, String status, boolean contentLoaded) {
    }

    private CompletableFuture<AtShow> start(FxRobot robot, Path file, TaskRunner runner) {
        return start(robot, file, runner, Startup.MAX_WAIT);
    }

    private CompletableFuture<AtShow> start(FxRobot robot, Path file, TaskRunner runner, Duration maxWait) {
        System.setProperty("mpstudio.home", dir.resolve("home").toString());
        CompletableFuture<AtShow> atShow = new CompletableFuture<>();
        robot.interact(() -> {
            LaoText.loadFonts();
            WorkspaceModel workspace = new WorkspaceModel(runner, new UiText("en"));
            workspaces.add(workspace);
            Stage stage = new Stage();
            stages.add(stage);
            MainWindow[] window = new MainWindow[1];
            window[0] = Startup.start(stage, workspace, file, maxWait, () -> {
                StringBuilder preview = new StringBuilder();
                collect(stage.getScene().lookup("#preview-page"), preview);
                TreeView<?> binder = (TreeView<?>) stage.getScene().lookup("#binder");
                CodeArea editor = (CodeArea) stage.getScene().lookup("#markdown-editor");
                int numbered = (int) rows(binder.getRoot()).stream().filter(r -> !r.number().isEmpty()).count();
                atShow.complete(new AtShow(stage.isShowing(), binder.getExpandedItemCount(), numbered, editor.getText(),
                        preview.toString(), window[0] == null ? -1 : window[0].problemsModel().checksShownProperty()
                        .get(), workspace.statusProperty().get(), workspace.contentProperty().get() != null));
            });
        });
        return atShow;
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(20, TimeUnit.SECONDS);
    }

    private static void collect(javafx.scene.Node n, StringBuilder out) {
        if (n instanceof javafx.scene.text.Text t) {
            out.append(t.getText());
        } else if (n instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            workspaces.forEach(WorkspaceModel::closeSession);
            stages.forEach(Stage::close);
            new ArrayList<>(Window.getWindows()).stream().filter(w -> w instanceof Stage s && s.getOwner() != null)
                    .forEach(Window::hide);
        });
    }

    @Test
    void theWindowShowsWithTheProfileAlreadyLaidOut(FxRobot robot) throws Exception {
        Path file = UiFixtures.sample(Files.createTempDirectory(dir, "profile"));
        // a busy test machine may read slowly: here the window waits for the profile however long it takes
        AtShow at = start(robot, file, new FxTaskRunner(), Duration.seconds(60)).get(60, TimeUnit.SECONDS);
        assertTrue(at.showing());
        assertTrue(at.contentLoaded(), "the profile is open when the window shows");
        assertTrue(at.binderRows() > 30, "the binder lists the sample's chapters: " + at.binderRows());
        // the chapter numbers come with the first preview: they are in the first frame, not laid out after it
        assertTrue(at.numberedRows() > 20, "the binder's chapters are numbered: " + at.numberedRows());
        assertTrue(at.editorText().startsWith("# "), "the first chapter is in the editor: " + at.editorText());
        String title = at.editorText().lines().findFirst().orElseThrow().substring(2).strip();
        assertTrue(at.previewText().contains(title), "the preview shows the first chapter (" + title + "): "
                + at.previewText());
        assertTrue(at.checks() >= 1, "the problems panel holds the check of the profile");
        assertTrue(at.status().startsWith("Opened "), at.status());

    }

    @Test
    void aWindowClosedAtOnceStaysClosed(FxRobot robot) throws Exception {
        Path file = UiFixtures.sample(Files.createTempDirectory(dir, "profile"));
        start(robot, file, new FxTaskRunner()).get(60, TimeUnit.SECONDS);
        robot.interact(() -> stages.get(0).close());
        Thread.sleep((long) Startup.MAX_WAIT.toMillis() + 500);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> workspaces.get(0).contentProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(fx(() -> stages.get(0).isShowing()), "neither the wait nor the profile shows it again");
    }

    @Test
    void aProfileThatCannotBeReadStillShowsTheWindowAndSaysWhy(FxRobot robot) throws Exception {
        Path bad = dir.resolve("not-a-profile.mprofile");
        Files.writeString(bad, "these are not the bytes of a SQLite file");
        AtShow at = start(robot, bad, new FxTaskRunner()).get(60, TimeUnit.SECONDS);
        assertTrue(at.showing());
        assertFalse(at.contentLoaded());
        WaitForAsyncUtils.waitForFxEvents();
        String status = fx(() -> workspaces.get(0).statusProperty().get());
        assertTrue(status.startsWith("Could not open the profile"), "the status line says what failed: " + status);
        assertTrue(fx(() -> Window.getWindows().stream().anyMatch(w -> w instanceof Stage s
                && s.getOwner() == stages.get(0) && s.isShowing())), "an alert over the window says so");
    }

    @Test
    void aProfileSlowToReadDoesNotHoldTheWindowBack(FxRobot robot) throws Exception {
        Path file = UiFixtures.sample(Files.createTempDirectory(dir, "profile"));
        long before = System.nanoTime();
        AtShow at = start(robot, file, new SlowOpen(new FxTaskRunner(), 6000)).get(60, TimeUnit.SECONDS);
        double waited = (System.nanoTime() - before) / 1e6;
        assertTrue(at.showing());
        assertFalse(at.contentLoaded(), "the window showed before the profile was read");
        assertTrue(waited < 6000, "it did not wait for the read: " + waited + " ms");
        assertEquals("Opening " + file.getFileName() + "…", at.status());
        // the window's first layout was rehearsed with made-up rows and lines meanwhile: none is left
        assertEquals(0, at.binderRows(), "the binder is empty until the profile comes");
        assertEquals("", at.editorText(), "so is the editor");
        assertEquals("", at.previewText(), "and the preview");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> workspaces.get(0).contentProperty().get() != null);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> UiFixtures.previewShows(robot, "Foreword"));
        assertNull(robot.lookup(".dialog-pane").tryQuery().orElse(null), "no error was shown");
        TreeView<?> binder = robot.lookup("#binder").queryAs(TreeView.class);
        CodeArea editor = robot.lookup("#markdown-editor").queryAs(CodeArea.class);
        assertTrue(fx(() -> binder.getExpandedItemCount()) > 30, "the binder lists the sample's chapters");
        assertFalse(fx(() -> rowIds(binder.getRoot()).stream().anyMatch(id -> id.startsWith("rehearsal-"))),
                "and only them");
        assertTrue(fx(() -> editor.getText().startsWith("# ") && !editor.getText().contains("Rehearsal")),
                "the editor holds the first chapter: " + fx(editor::getText).lines().findFirst().orElse(""));
        assertFalse(fx(editor::isUndoAvailable), "with nothing to undo");
    }

    private static List<org.mpstudio.ui.binder.ChapterRow> rows(javafx.scene.control.TreeItem<?> at) {
        List<org.mpstudio.ui.binder.ChapterRow> out = new ArrayList<>();
        if (at == null) {
            return out;
        }
        if (at.getValue() instanceof org.mpstudio.ui.binder.ChapterRow r) {
            out.add(r);
        }
        at.getChildren().forEach(c -> out.addAll(rows(c)));
        return out;
    }

    private static List<String> rowIds(javafx.scene.control.TreeItem<?> at) {
        return rows(at).stream().map(org.mpstudio.ui.binder.ChapterRow::id).toList();
    }

    /** A runner whose profile reads ("open …") take {@code delayMs} longer, as from a slow network drive. */
    private record SlowOpen(TaskRunner inner, long delayMs) implements TaskRunner {
        @Override
        public <T> void run(Lane lane, String title, Callable<T> work, Consumer<T> onDone,
                            Consumer<Exception> onError) {
            inner.run(lane, title, title.startsWith("open ") ? () -> {
                Thread.sleep(delayMs);
                return work.call();
            } : work, onDone, onError);
        }
    }
}
