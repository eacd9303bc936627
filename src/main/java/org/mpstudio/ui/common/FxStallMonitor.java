package org.mpstudio.ui.common;

import javafx.application.Platform;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Watches whether the JavaFX thread keeps up: every 10 ms a timer thread posts a probe to it, unless the last probe
 * has not run yet; how late a probe runs is how long the thread was busy (event handlers, CSS, layout, drawing).
 * Every stall of {@value #STALL_MS} ms or more is logged as a warning and kept, so the editor's benchmark can
 * report them and a drafter's log shows what froze the window.
 */
public final class FxStallMonitor implements AutoCloseable {

    /** A wait of this many milliseconds or more counts as a stall. */
    public static final long STALL_MS = 100;

    private static final System.Logger LOG = System.getLogger(FxStallMonitor.class.getName());

    /** One stall: when the probe was posted (epoch ms) and how long it waited (ms). */
    public record Stall(long postedAt, double millis) {
    }

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "mpstudio-fx-watch");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean waiting = new AtomicBoolean();
    private final List<Stall> stalls = new ArrayList<>();
    private double longest;
    private long probes;

    /** Starts probing; call once. */
    public FxStallMonitor start() {
        timer.scheduleWithFixedDelay(this::probe, 10, 10, TimeUnit.MILLISECONDS);
        return this;
    }

    private void probe() {
        if (!waiting.compareAndSet(false, true)) {
            return;
        }
        long posted = System.nanoTime();
        long postedAt = System.currentTimeMillis();
        Platform.runLater(() -> {
            double ms = (System.nanoTime() - posted) / 1e6;
            waiting.set(false);
            record(postedAt, ms);
        });
    }

    private synchronized void record(long postedAt, double ms) {
        probes++;
        longest = Math.max(longest, ms);
        if (ms >= STALL_MS) {
            stalls.add(new Stall(postedAt, ms));
            LOG.log(System.Logger.Level.WARNING, String.format("the window was unresponsive for %.0f ms", ms));
        }
    }

    /** The longest wait of any probe since the last reset, in milliseconds. */
    public synchronized double longest() {
        return longest;
    }

    /** How many probes have run since the last reset. */
    public synchronized long probes() {
        return probes;
    }

    /** The stalls since the last reset, oldest first. */
    public synchronized List<Stall> stalls() {
        return List.copyOf(stalls);
    }

    /** Forgets what was measured so far. */
    public synchronized void reset() {
        stalls.clear();
        longest = 0;
        probes = 0;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
