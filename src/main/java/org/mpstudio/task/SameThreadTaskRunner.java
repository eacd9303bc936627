package org.mpstudio.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs the work and its callback immediately on the calling thread: deterministic, for tests. */
public final class SameThreadTaskRunner implements TaskRunner {

    @Override
    public <T> void run(Lane lane, String title, Callable<T> work, Consumer<T> onDone, Consumer<Exception> onError) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onError.accept(e);
            return;
        }
        onDone.accept(result);
    }
}
