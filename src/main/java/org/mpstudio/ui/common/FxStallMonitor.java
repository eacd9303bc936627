package org.mpstudio.ui.common;

import javafx.application.Platform;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Watches whether the JavaFX thread keeps up: every period (10 ms by default) a timer thread posts a probe to it,
 * unless the last probe has not run yet; how late a probe runs is how long the thread was busy (event handlers, CSS,
 * layout, drawing), less at most one period. The editor watches every {@value #EDITOR_PERIOD_MS} ms, which costs
 * almost nothing while the drafter is idle; the benchmark every 10 ms, for precise figures.
 * Every stall of {@value #STALL_MS} ms or more is logged as a warning and kept, so the editor's benchmark can
 * report them and a drafter's log shows what froze the window: once a probe has waited {@value #SAMPLE_MS} ms, the
 * timer thread takes the JavaFX thread's stack, and the warning shows its top frames.
 */
public final class FxStallMonitor implements AutoCloseable {

    /** A wait of this many milliseconds or more counts as a stall. */
    public static final long STALL_MS = 100;

    /** The editor's period: probing every 10 ms kept a core 3 % busy while nothing happened, this about 0.5 %. */
    public static final long EDITOR_PERIOD_MS = 50;

    /** How long a probe waits before the JavaFX thread's stack is taken for the log (at the next check after). */
    static final long SAMPLE_MS = 70;
    private static final int FRAMES = 30;
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
    private volatile long postedNanos;
    private volatile Thread fxThread;
    private volatile StackTraceElement[] busyWith;
    private final List<Stall> stalls = new ArrayList<>();
    private double longest;
    private long probes;

    private final long periodMs;

    /** A monitor that probes every 10 ms. */
    public FxStallMonitor() {
        this(10);
    }

    /** A monitor that probes every {@code periodMs} milliseconds. */
    public FxStallMonitor(long periodMs) {
        this.periodMs = periodMs;
    }

    /** Starts probing; call once. */
    public FxStallMonitor start() {
        timer.scheduleWithFixedDelay(this::probe, periodMs, periodMs, TimeUnit.MILLISECONDS);
        return this;
    }

    private void probe() {
        if (!waiting.compareAndSet(false, true)) {
            Thread fx = fxThread;
            if (fx != null && busyWith == null && System.nanoTime() - postedNanos >= SAMPLE_MS * 1_000_000) {
                busyWith = fx.getStackTrace();
            }
            return;
        }
        long posted = System.nanoTime();
        busyWith = null;
        postedNanos = posted;
        long postedAt = System.currentTimeMillis();
        Platform.runLater(() -> {
            double ms = (System.nanoTime() - posted) / 1e6;
            fxThread = Thread.currentThread();
            StackTraceElement[] stack = busyWith;
            waiting.set(false);
            record(postedAt, ms, stack);
        });
    }

    private synchronized void record(long postedAt, double ms, StackTraceElement[] stack) {
        probes++;
        longest = Math.max(longest, ms);
        if (ms >= STALL_MS) {
            stalls.add(new Stall(postedAt, ms));
            LOG.log(System.Logger.Level.WARNING, String.format("the window was unresponsive for %.0f ms", ms)
                    + busyWith(stack));
        }
    }

    /** The top frames of what the JavaFX thread was doing during a stall, one per line, or "" if not taken. */
    static String busyWith(StackTraceElement[] stack) {
        if (stack == null || stack.length == 0) {
            return "";
        }
        StringBuilder b = new StringBuilder("; the JavaFX thread was busy in:");
        for (int i = 0; i < Math.min(FRAMES, stack.length); i++) {
            b.append(System.lineSeparator()).append("    at ").append(stack[i]);
        }
        if (stack.length > FRAMES) {
            b.append(System.lineSeparator()).append("    … ").append(stack.length - FRAMES).append(" more");
        }
        return b.toString();
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
