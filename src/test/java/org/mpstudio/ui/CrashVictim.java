package org.mpstudio.ui;

import javafx.application.Platform;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.mpstudio.ui.common.FxTaskRunner;
import org.mpstudio.ui.common.LaoText;
import org.mpstudio.ui.common.UiText;
import org.mpstudio.ui.workspace.WorkspaceModel;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The editor in a process of its own, for {@link CrashRecoveryTest}: opens {@code args[0]} in the real main window,
 * types paragraphs into the introduction's editor one key at a time, pausing after each so that autosave runs,
 * and says on standard output what it has done. Then it types on without pausing until it is killed.
 */
public final class CrashVictim {

    static final String CHAPTER = "introduction";

    private CrashVictim() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int paused = Integer.parseInt(args[1]);
        CompletableFuture<MainWindow> started = new CompletableFuture<>();
        WorkspaceModel[] workspace = new WorkspaceModel[1];
        Platform.startup(() -> {
            LaoText.loadFonts();
            workspace[0] = new WorkspaceModel(new FxTaskRunner(), new UiText("en"));
            Stage stage = new Stage();
            MainWindow window = new MainWindow(stage, workspace[0]);
            stage.show();
            window.open(file);
            started.complete(window);
        });
        MainWindow window = started.get(60, TimeUnit.SECONDS);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!fx(() -> workspace[0].contentProperty().get() != null)) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("the profile did not open");
            }
            Thread.sleep(50);
        }
        fx(() -> {
            workspace[0].selectedChapterProperty().set(CHAPTER);
            return null;
        });
        Thread.sleep(1000);
        for (int p = 1; ; p++) {
            type(window, "\n\nCrash test paragraph " + p + " typed key by key.");
            if (p <= paused) {
                Thread.sleep(2500);
                System.out.println("paused after " + p);
            } else {
                System.out.println("typing " + p);
            }
            System.out.flush();
        }
    }

    private static void type(MainWindow window, String text) throws Exception {
        for (char c : text.toCharArray()) {
            fx(() -> {
                CodeArea area = (CodeArea) window.root().lookup("#markdown-editor");
                area.insertText(area.getLength(), String.valueOf(c));
                return null;
            });
            Thread.sleep(15);
        }
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(c.call());
            } catch (Exception e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(30, TimeUnit.SECONDS);
    }
}
