package org.mpstudio.ui.common;

import javafx.application.Platform;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A stall of the JavaFX thread is kept, and its warning says what the thread was doing. */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class FxStallMonitorTest {

    private static void holdTheJavaFxThread(long ms) {
        long end = System.nanoTime() + ms * 1_000_000;
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {10, FxStallMonitor.EDITOR_PERIOD_MS})
    void aStallIsLoggedWithWhatTheThreadWasDoing(long periodMs) throws Exception {
        List<String> warnings = new ArrayList<>();
        Logger logger = Logger.getLogger(FxStallMonitor.class.getName());
        Handler handler = new Handler() {
            @Override
            public synchronized void publish(LogRecord r) {
                warnings.add(r.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(handler);
        try (FxStallMonitor monitor = new FxStallMonitor(periodMs).start()) {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> monitor.probes() > 3);
            monitor.reset();
            Platform.runLater(() -> holdTheJavaFxThread(300));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !monitor.stalls().isEmpty());
            assertEquals(1, monitor.stalls().size());
            // measured from the first probe posted after the thread got busy: at most one period late
            assertTrue(monitor.stalls().get(0).millis() >= 300 - periodMs - 5, "stall of "
                    + monitor.stalls().get(0).millis());
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
                synchronized (handler) {
                    return !warnings.isEmpty();
                }
            });
            String warning;
            synchronized (handler) {
                warning = warnings.get(0);
            }
            assertTrue(warning.startsWith("the window was unresponsive for "), warning);
            assertTrue(warning.contains("FxStallMonitorTest.holdTheJavaFxThread"), warning);
        } finally {
            logger.removeHandler(handler);
        }
    }

    @Test
    void noStackMeansNoFrames() {
        assertEquals("", FxStallMonitor.busyWith(null));
        String two = FxStallMonitor.busyWith(new StackTraceElement[] {
            new StackTraceElement("a.B", "c", "B.java", 1), new StackTraceElement("d.E", "f", "E.java", 2)});
        assertTrue(two.contains("at a.B.c(B.java:1)") && two.contains("at d.E.f(E.java:2)"), two);
    }
}
