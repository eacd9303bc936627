package org.mpstudio.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs long work away from the caller and hands the result back: in the editor the work runs on a background thread
 * and {@code onDone}/{@code onError} run on the JavaFX thread; in tests everything runs at once on the caller's
 * thread ({@link SameThreadTaskRunner}).
 */
public interface TaskRunner {

    /**
     * Runs {@code work}; then exactly one of {@code onDone} (with its result) or {@code onError}.
     *
     * @param title what the work is, for logs and progress displays
     */
    <T> void run(String title, Callable<T> work, Consumer<T> onDone, Consumer<Exception> onError);
}
