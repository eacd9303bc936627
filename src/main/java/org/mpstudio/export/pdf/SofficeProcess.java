package org.mpstudio.export.pdf;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one {@code soffice} command to its end or to a deadline. Output goes to a log file (LibreOffice prints little,
 * but a crash prints its reason there). On the deadline, or if the calling thread is interrupted, the whole process
 * tree is killed ({@code soffice} is a launcher: {@code oosplash} starts {@code soffice.bin}), so no LibreOffice is
 * left running. Blocks the calling thread.
 */
final class SofficeProcess {

    /** How a run ended: the exit code, or {@code timedOut} (then the code is meaningless). */
    record Result(int exitCode, boolean timedOut) {
    }

    private static final System.Logger LOG = System.getLogger(SofficeProcess.class.getName());
    private static final long POLL_MILLIS = 100;

    private SofficeProcess() {
    }

    /**
     * Starts {@code command}, calls {@code onPoll} about ten times a second while it runs (to pass progress on), and
     * returns when it exits or the deadline passes.
     *
     * @throws IOException if the program cannot be started
     * @throws InterruptedException if the calling thread is interrupted; the process tree is killed first
     */
    static Result run(List<String> command, Map<String, String> environment, Path log, Instant deadline,
                      Runnable onPoll) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        LOG.log(Level.DEBUG, "running {0}", command);
        Process process = builder.start();
        try {
            while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                onPoll.run();
                if (Instant.now().isAfter(deadline)) {
                    LOG.log(Level.WARNING, "soffice (pid {0}) passed its deadline; killing it", process.pid());
                    killTree(process.toHandle());
                    return new Result(-1, true);
                }
            }
        } catch (InterruptedException e) {
            killTree(process.toHandle());
            throw e;
        }
        onPoll.run();
        return new Result(process.exitValue(), false);
    }

    /** Kills a process and all its descendants and waits (briefly) until they are gone. */
    static void killTree(ProcessHandle root) {
        // snapshot first: once the parent is gone its children are re-parented and no longer its descendants
        List<ProcessHandle> tree = new ArrayList<>(root.descendants().toList());
        tree.add(0, root); // the launcher first, so it cannot restart soffice.bin
        tree.forEach(ProcessHandle::destroyForcibly);
        CompletableFuture<?>[] exits = tree.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(Level.WARNING, "soffice process tree of pid {0} did not exit after being killed", root.pid());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
