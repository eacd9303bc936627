package org.mpstudio.ui.common;

import javafx.application.Platform;
import org.mpstudio.task.TaskRunner;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs work on background threads and hands results back on the JavaFX thread. Each {@link Lane} has its own
 * threads: the store lane is one thread in submission order (saves land in the order they were made), the compute
 * lane two threads for the preview, highlighting and check, the long lane as many as there are exports and file
 * reads. The store itself is guarded by {@code ProfileSession.use}, so a long export's brief store work is safe.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(FxTaskRunner.class.getName());

    private final Map<Lane, ExecutorService> lanes = new EnumMap<>(Lane.class);

    public FxTaskRunner() {
        lanes.put(Lane.STORE, Executors.newSingleThreadExecutor(threads("mpstudio-store", Thread.NORM_PRIORITY)));
        lanes.put(Lane.COMPUTE, Executors.newFixedThreadPool(2, threads("mpstudio-compute", Thread.NORM_PRIORITY)));
        lanes.put(Lane.LONG, Executors.newCachedThreadPool(threads("mpstudio-long", Thread.NORM_PRIORITY - 1)));
    }

    private static ThreadFactory threads(String name, int priority) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setPriority(priority);
            return t;
        };
    }

    @Override
    public <T> void run(Lane lane, String title, Callable<T> work, Consumer<T> onDone, Consumer<Exception> onError) {
        lanes.get(lane).execute(() -> {
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
        lanes.values().forEach(ExecutorService::shutdown);
    }
}
