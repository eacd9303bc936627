package org.mpstudio.ui;

import org.mpstudio.folder.ProfileFolder;
import org.mpstudio.store.ProfileRepository;
import org.mpstudio.store.ProfileStore;

import javafx.stage.Stage;
import org.mpstudio.ui.common.FxTaskRunner;
import org.mpstudio.ui.common.LaoText;
import org.mpstudio.ui.common.UiText;
import org.mpstudio.ui.workspace.WorkspaceModel;
import org.testfx.api.FxRobot;

import java.nio.file.Files;
import java.nio.file.Path;

/** Profile files for the editor's tests. */
public final class UiFixtures {

    private UiFixtures() {
    }

    public static Path projectRoot() {
        return Path.of(System.getProperty("mpstudio.projectRoot", "."));
    }

    /** The Viet Nam sample built into {@code dir/viet-nam.mprofile}. */
    public static Path sample(Path dir) throws Exception {
        Path out = dir.resolve("viet-nam.mprofile");
        try (ProfileStore store = ProfileStore.create(out)) {
            new ProfileRepository(store).insertAll(ProfileFolder.read(projectRoot().resolve("sample-profiles/viet-nam")),
                    "test");
        }
        return out;
    }

    /** The main window open on a fresh copy of the sample, as the screen tests start. */
    public record OpenSample(Path file, WorkspaceModel workspace, MainWindow window) {
    }

    /** Opens the editor in English on a copy of the sample under {@code dir}; call from a TestFX {@code @Start}. */
    public static OpenSample openSample(Stage stage, Path dir) throws Exception {
        return open(stage, dir, sample(Files.createTempDirectory(dir, "profile")));
    }

    /** Opens the editor in English on {@code file}, with its home under {@code dir}; call from a {@code @Start}. */
    public static OpenSample open(Stage stage, Path dir, Path file) throws Exception {
        System.setProperty("mpstudio.home", dir.resolve("home").toString());
        LaoText.loadFonts();
        WorkspaceModel workspace = new WorkspaceModel(new FxTaskRunner(), new UiText("en"));
        MainWindow window = new MainWindow(stage, workspace);
        stage.show();
        window.open(file);
        return new OpenSample(file, workspace, window);
    }

    /** True when the preview page's text contains {@code words}. */
    public static boolean previewShows(FxRobot robot, String words) {
        StringBuilder all = new StringBuilder();
        robot.lookup("#preview-page").queryAll().forEach(n -> collect(n, all));
        return all.toString().contains(words);
    }

    private static void collect(javafx.scene.Node n, StringBuilder out) {
        if (n instanceof javafx.scene.text.Text t) {
            out.append(t.getText());
        } else if (n instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    /** A small profile ({@code org.mpstudio.template.Fixtures}) in {@code dir/p.mprofile}. */
    public static Path small(Path dir, String... bodies) throws Exception {
        Path out = dir.resolve("p.mprofile");
        try (ProfileStore store = ProfileStore.create(out)) {
            new ProfileRepository(store).insertAll(org.mpstudio.template.Fixtures.profile(bodies), "test");
        }
        return out;
    }
}
