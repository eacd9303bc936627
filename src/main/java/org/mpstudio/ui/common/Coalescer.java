package org.mpstudio.ui.common;

import org.mpstudio.task.TaskRunner;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Background work where only the newest input matters (preview, highlighting): at most one run in flight; inputs
 * that arrive meanwhile replace each other and the newest runs next. Called on one thread (the JavaFX thread).
 *
 * @param <I> input, e.g. the chapter text
 * @param <O> result
 */
public final class Coalescer<I, O> {

    private final TaskRunner runner;
    private final String title;
    private final Function<I, O> work;
    private final Consumer<O> onResult;
    private boolean running;
    private I pending;
    private boolean hasPending;

    public Coalescer(TaskRunner runner, String title, Function<I, O> work, Consumer<O> onResult) {
        this.runner = runner;
        this.title = title;
        this.work = work;
        this.onResult = onResult;
    }

    public void submit(I input) {
        if (running) {
            pending = input;
            hasPending = true;
            return;
        }
        running = true;
        runner.run(TaskRunner.Lane.COMPUTE, title, () -> work.apply(input), this::done, e -> done(null));
    }

    /** True while work runs or waits. */
    public boolean isBusy() {
        return running;
    }

    private void done(O result) {
        running = false;
        if (hasPending) {
            I next = pending;
            pending = null;
            hasPending = false;
            submit(next);
        } else if (result != null) {
            onResult.accept(result);
        }
    }
}
