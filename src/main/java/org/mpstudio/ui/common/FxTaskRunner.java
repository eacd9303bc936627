package org.mpstudio.ui.common;

import javafx.application.Platform;
import org.mpstudio.task.TaskRunner;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Runs work on one background thread, in submission order, and hands results back on the JavaFX thread. One thread
 * keeps the profile store (not thread-safe) used by one thread at a time.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(FxTaskRunner.class.getName());

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "mpstudio-worker");
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> void run(String title, Callable<T> work, Consumer<T> onDone, Consumer<Exception> onError) {
        executor.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onDone.accept(result));
            } catch (Exception e) {
                LOG.log(System.Logger.Level.WARNING, title + " failed", e);
                Platform.runLater(() -> onError.accept(e));
            }
        });
    }

    @Override
    public void close() {
        executor.shutdown();
    }
}
