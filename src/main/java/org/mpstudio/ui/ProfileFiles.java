package org.mpstudio.ui;

import javafx.scene.control.Alert;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.mpstudio.model.ChapterStatus;
import org.mpstudio.model.ProfileContent;
import org.mpstudio.task.TaskRunner;
import org.mpstudio.ui.binder.ChapterRow;
import org.mpstudio.ui.common.AppHome;
import org.mpstudio.ui.common.FxPulses;
import org.mpstudio.ui.common.RecentFiles;
import org.mpstudio.ui.common.UiText;
import org.mpstudio.ui.workspace.NewProfileModel;
import org.mpstudio.ui.workspace.ProfileOpener;
import org.mpstudio.ui.workspace.ProfileSession;
import org.mpstudio.ui.workspace.WorkspaceModel;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The File menu's work on profile files: new from a template, open (in the background, a source folder built into
 * the user's profile store first), recent files and save as. Failures are shown in the status line and an alert,
 * never thrown. Called on the JavaFX thread.
 */
final class ProfileFiles {

    private static final System.Logger LOG = System.getLogger(ProfileFiles.class.getName());
    /** The heights the binder and the editor grow through, a frame each, when a profile arrives on screen. */
    private static final double[] BINDER_STEPS = {120, 280, 520};
    private static final double[] EDITOR_STEPS = {100, 240, 440};

    private final Stage stage;
    private final WorkspaceModel workspace;
    private final UiText text;
    private final MainMenu menu;
    /** The binder's and the editor's nodes, revealed in steps when a profile arrives in the showing window. */
    private final Region binder;
    private final Region editor;
    private final RecentFiles recent = new RecentFiles(AppHome.home().resolve("recent.txt"));

    ProfileFiles(Stage stage, WorkspaceModel workspace, MainMenu menu, Region binder, Region editor) {
        this.stage = stage;
        this.binder = binder;
        this.editor = editor;
        this.workspace = workspace;
        this.text = workspace.text();
        this.menu = menu;
        menu.setRecent(recent.list(), this::open);
    }

    /** Opens a profile file or source folder: read in the store lane, then shown. */
    void open(Path path) {
        show(Reading.start(workspace.runner(), path), shown -> {
        });
    }

    /**
     * Shows the profile {@code reading} reads once it is read, or says why it could not be; then tells {@code then}
     * whether it is shown. Start-up uses it to read the first profile while the window is being built.
     */
    void show(Reading reading, Consumer<Boolean> then) {
        Path path = reading.path;
        workspace.statusProperty().set(text.get("status.opening", path.getFileName()));
        reading.whenDone(() -> {
            if (reading.failure != null) {
                then.accept(false);
                fail("error.open", reading.failure);
                return;
            }
            if (stage.isShowing()) {
                // on screen: the binder is laid out in one frame, the first chapter in the editor in the next (in
                // one, a profile opened in a cold JVM held the window for half a second), and each grows to its full
                // height over three frames, so its rows are styled and laid out a few at a time
                FxPulses.revealInSteps(binder, BINDER_STEPS);
                workspace.show(reading.opened, false);
                var shown = workspace.contentProperty().get();
                FxPulses.afterNextPulse(stage.getScene().getRoot(), () -> {
                    if (workspace.contentProperty().get() == shown && workspace.selectedChapterProperty().get() == null) {
                        FxPulses.revealInSteps(editor, EDITOR_STEPS);
                        workspace.selectFirstChapter();
                    }
                });
            } else {
                workspace.show(reading.opened);
            }
            workspace.statusProperty().set(text.get("status.opened", reading.opened.session().file()));
            then.accept(true);
            workspace.runner().run("recent files", () -> recent.add(path),
                    list -> menu.setRecent(list, this::open), e -> LOG.log(System.Logger.Level.WARNING,
                            "recent files not written", e));
        });
    }

    /** A profile being read in the store lane; its outcome is handed on, on the JavaFX thread, once it is known. */
    static final class Reading {

        private final Path path;
        private WorkspaceModel.Opened opened;
        private Exception failure;
        private boolean done;
        private Runnable then;

        private Reading(Path path) {
            this.path = path;
        }

        /** Starts reading {@code path} (a profile file, or a source folder built first into the profile store). */
        static Reading start(TaskRunner runner, Path path) {
            Reading r = new Reading(path);
            ProfileOpener opener = new ProfileOpener(AppHome.profiles());
            runner.run("open " + path, () -> openAndRead(opener.profileFile(path)), o -> r.finish(o, null),
                    e -> r.finish(null, e));
            return r;
        }

        private void finish(WorkspaceModel.Opened o, Exception e) {
            opened = o;
            failure = e;
            done = true;
            if (then != null) {
                then.run();
            }
        }

        private void whenDone(Runnable r) {
            then = r;
            if (done) {
                r.run();
            }
        }
    }

    private static WorkspaceModel.Opened openAndRead(Path file) throws Exception {
        ProfileSession session = ProfileSession.open(file);
        WorkspaceModel.Opened opened;
        try {
            opened = WorkspaceModel.load(session);
        } catch (Exception e) {
            session.close();
            throw e;
        }
        linkRecordEquals(opened.content());
        return opened;
    }

    /**
     * Calls, on this thread, the {@code equals} of the records the window compares as a profile comes in: the
     * content (its property's listeners compare old and new), its chapters and texts, and the binder's rows. A
     * record's {@code equals} is made at its first call, classes spun at run time: in a cold JVM that took the JavaFX
     * thread 10 ms and more, in the event that shows a profile read after the window showed.
     */
    static void linkRecordEquals(ProfileContent c) {
        c.equals(new ProfileContent(c.meta(), new ArrayList<>(c.chapters()), new ArrayList<>(c.texts()),
                new ArrayList<>(c.indicators()), new ArrayList<>(c.sources()), new ArrayList<>(c.observations())));
        ChapterRow row = new ChapterRow("a", "", "1", "A", ChapterStatus.DRAFT, "", "");
        row.equals(new ChapterRow("a", "", "1", "A", ChapterStatus.DRAFT, "", ""));
    }

    /** File > Open: asks for a profile file. */
    void open() {
        File f = chooser().showOpenDialog(stage);
        if (f != null) {
            open(f.toPath());
        }
    }

    /** File > New: template, country, language and title, then where to save it; opens the new profile. */
    void newProfile() {
        try {
            NewProfileModel model = NewProfileModel.withDefaultLibrary(AppHome.userTemplates());
            NewProfileDialog.ask(stage, text, model.templates()).ifPresent(a -> {
                FileChooser fc = chooser();
                fc.setInitialFileName(a.country().toLowerCase(Locale.ROOT) + ".mprofile");
                Path out = Optional.ofNullable(fc.showSaveDialog(stage)).map(File::toPath).orElse(null);
                if (out != null) {
                    try {
                        model.create(a.templateId(), a.country(), a.lang(), a.title(), out);
                        open(out);
                    } catch (Exception e) {
                        fail("error.new", e);
                    }
                }
            });
        } catch (Exception e) {
            fail("error.new", e);
        }
    }

    /** File > Save As: saves what the panels hold, copies the profile file and opens the copy. */
    void saveAs() {
        ProfileSession s = workspace.sessionProperty().get();
        File f = s == null ? null : chooser().showSaveDialog(stage);
        if (f == null) {
            return;
        }
        try {
            workspace.flush();
            s.use(store -> {
                try {
                    Files.copy(store.file(), f.toPath(), StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return null;
            });
            open(f.toPath());
        } catch (Exception e) {
            fail("error.saveAs", e);
        }
    }

    private FileChooser chooser() {
        FileChooser fc = new FileChooser();
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.get("file.profiles"), "*.mprofile"));
        return fc;
    }

    /** Says what failed in the status line and in an alert over the main window. */
    void fail(String key, Exception e) {
        workspace.statusProperty().set(text.get(key, String.valueOf(e.getMessage())));
        Alert a = new Alert(Alert.AlertType.ERROR, text.get(key, String.valueOf(e.getMessage())));
        a.initOwner(stage);
        a.show();
    }
}
