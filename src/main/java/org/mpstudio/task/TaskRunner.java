package org.mpstudio.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs long work away from the caller and hands the result back: in the editor the work runs on a background thread
 * and {@code onDone}/{@code onError} run on the JavaFX thread; in tests everything runs at once on the caller's
 * thread ({@link SameThreadTaskRunner}).
 */
public interface TaskRunner {

    /** Where work runs, so that a long export never holds up an autosave or the preview. */
    enum Lane {
        /** One at a time, in submission order: work on the profile file (autosave, import, history, opening). */
        STORE,
        /** Short computations where the newest input wins (preview, highlighting, check); never waits behind STORE. */
        COMPUTE,
        /** Work that can take seconds or minutes (export, reading a large file), beside the other lanes. */
        LONG
    }

    /**
     * Runs {@code work} in {@code lane}; then exactly one of {@code onDone} (with its result) or {@code onError}.
     *
     * @param title what the work is, for logs and progress displays
     */
    <T> void run(Lane lane, String title, Callable<T> work, Consumer<T> onDone, Consumer<Exception> onError);

    /** Runs {@code work} in the {@link Lane#STORE} lane. */
    default <T> void run(String title, Callable<T> work, Consumer<T> onDone, Consumer<Exception> onError) {
        run(Lane.STORE, title, work, onDone, onError);
    }
}
