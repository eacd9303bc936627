package org.mpstudio.bench;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.fxmisc.richtext.CodeArea;
import org.mpstudio.folder.ProfileFolder;
import org.mpstudio.model.Chapter;
import org.mpstudio.model.ChapterStatus;
import org.mpstudio.model.ChapterText;
import org.mpstudio.model.ProfileContent;
import org.mpstudio.store.ProfileRepository;
import org.mpstudio.store.ProfileStore;
import org.mpstudio.task.TaskRunner;
import org.mpstudio.template.DocumentBuilder;
import org.mpstudio.ui.MainWindow;
import org.mpstudio.ui.Startup;
import org.mpstudio.ui.common.ClassWarmup;
import org.mpstudio.ui.common.FxStallMonitor;
import org.mpstudio.ui.common.FxTaskRunner;
import org.mpstudio.ui.common.LaoText;
import org.mpstudio.ui.common.UiText;
import org.mpstudio.ui.workspace.WorkspaceModel;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The editor benchmark ({@code bench/editor-benchmark.sh}), headless under Monocle. {@code prepare DIR} writes the
 * sample ({@code DIR/sample.mprofile}) and the sample with a generated ~15,000-word chapter ({@code DIR/long.mprofile});
 * {@code run DIR}, in a fresh JVM, measures the cold start to the window shown with the sample opening, the heap used
 * with the sample open after a GC, and the preview refresh after each of 50 keystrokes in the long chapter.
 */
public final class EditorBenchmark {

    static final String LONG_ID = "bench-long";
    static final String LONG_TITLE = "Benchmark chapter";
    private static final String[] WORDS = ("migration workers destination province remittances households survey "
            + "agency ministry returnees contract recruitment students employment border data estimate policy "
            + "programme district women men youth skills wages labour market trend figure record coverage").split(" ");

    private EditorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        if (args[0].equals("prepare")) {
            prepare(Path.of(args.length > 2 ? args[2] : "sample-profiles/viet-nam"), dir);
        } else {
            run(dir);
        }
    }

    // ---------------------------------------------------------------- prepare

    static void prepare(Path sampleFolder, Path dir) throws Exception {
        Files.createDirectories(dir);
        ProfileContent sample = ProfileFolder.read(sampleFolder);
        write(sample, dir.resolve("sample.mprofile"));
        List<Chapter> chapters = new ArrayList<>(sample.chapters());
        chapters.add(new Chapter(LONG_ID, "", ChapterStatus.DRAFT, "", ""));
        List<ChapterText> texts = new ArrayList<>(sample.texts());
        String body = longBody();
        texts.add(new ChapterText(LONG_ID, sample.meta().mainLanguage(), LONG_TITLE, body));
        write(new ProfileContent(sample.meta(), chapters, texts, sample.indicators(), sample.sources(),
                sample.observations()), dir.resolve("long.mprofile"));
        System.out.println("long chapter: " + body.split("\\s+").length + " words, " + body.lines().count()
                + " lines");
    }

    private static void write(ProfileContent content, Path file) throws Exception {
        Files.deleteIfExists(file);
        try (ProfileStore store = ProfileStore.create(file)) {
            new ProfileRepository(store).insertAll(content, "bench");
        }
    }

    /** 30 sections of 5 paragraphs (~100 words each) with placeholders, 6 charts and 3 tables of the sample's data. */
    static String longBody() {
        Random random = new Random(7);
        StringBuilder sb = new StringBuilder();
        for (int section = 1; section <= 30; section++) {
            sb.append("## Section ").append(section).append("\n\n");
            for (int p = 0; p < 5; p++) {
                sb.append(sentences(random, 5));
                if (p == 2) {
                    sb.append(" In 2023 {{value workers_deployed_contract period=2023}} workers left under contract.");
                }
                sb.append("\n\n");
            }
            if (section % 5 == 1) {
                boolean byYear = section % 10 == 1;
                sb.append("```chart\nid: bench-chart-").append(section).append('\n')
                        .append(byYear ? "type: bar\n" : "type: hbar\n")
                        .append("indicator: workers_deployed_contract\n")
                        .append(byYear ? "x: period\nperiods: 2015-2023\n" : "x: destination\nperiods: 2022\n")
                        .append("title: Benchmark chart ").append(section).append("\n```\n\n");
            }
            if (section % 10 == 5) {
                sb.append("```table\nid: bench-table-").append(section).append('\n')
                        .append("indicator: workers_deployed_contract\ncolumns: period\nfilters: sex=F\n")
                        .append("periods: 2015;2017;2022;2023\ntitle: Benchmark table ").append(section)
                        .append("\n```\n\n");
            }
        }
        return sb.toString();
    }

    private static String sentences(Random random, int count) {
        StringBuilder sb = new StringBuilder();
        for (int s = 0; s < count; s++) {
            int n = 16 + random.nextInt(10);
            for (int w = 0; w < n; w++) {
                String word = WORDS[random.nextInt(WORDS.length)];
                sb.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word)
                        .append(w == n - 1 ? ". " : " ");
            }
        }
        return sb.toString().strip();
    }

    // ---------------------------------------------------------------- run

    /** Times of the last preview render: work started and ended on the worker, result shown on the FX thread. */
    private static final long[] PREVIEW = new long[4];

    /** The editor's runner, noting when the preview's work runs and when its result is shown. */
    /** How much longer every profile read takes (-Dbench.slowOpenMs, 0 by default). */
    private static final long SLOW_OPEN_MS = Long.getLong("bench.slowOpenMs", 0);

    private record TimingRunner(TaskRunner inner) implements TaskRunner {
        @Override
        public <T> void run(Lane lane, String title, java.util.concurrent.Callable<T> work,
                            java.util.function.Consumer<T> onDone, java.util.function.Consumer<Exception> onError) {
            if (SLOW_OPEN_MS > 0 && title.startsWith("open ")) {
                // -Dbench.slowOpenMs: profile reads as from a slow network drive
                inner.run(lane, title, () -> {
                    Thread.sleep(SLOW_OPEN_MS);
                    return work.call();
                }, onDone, onError);
                return;
            }
            if (!title.equals("preview")) {
                inner.run(lane, title, work, onDone, onError);
                return;
            }
            inner.run(lane, title, () -> {
                long s = System.nanoTime();
                T out = work.call();
                synchronized (PREVIEW) {
                    PREVIEW[0] = s;
                    PREVIEW[1] = System.nanoTime();
                }
                return out;
            }, r -> {
                long s = System.nanoTime();
                onDone.accept(r);
                synchronized (PREVIEW) {
                    PREVIEW[2] = s;
                    PREVIEW[3] = System.nanoTime();
                }
            }, onError);
        }
    }

    private static WorkspaceModel workspace;
    private static MainWindow window;
    private static Stage stage;
    private static FxStallMonitor afterShown;

    static void run(Path dir) throws Exception {
        Instant jvmStart = ProcessHandle.current().info().startInstant().orElseThrow();
        System.setProperty("mpstudio.home", dir.resolve("home").toString());
        AtomicLong shownAt = new AtomicLong();
        CountDownLatch started = new CountDownLatch(1);
        ClassWarmup.preloadStartup();
        Platform.startup(() -> {
            // as App.start does
            LaoText.loadFonts();
            workspace = new WorkspaceModel(new TimingRunner(new FxTaskRunner()), new UiText("en"));
            stage = new Stage();
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> shownAt.compareAndSet(0, System.currentTimeMillis()));
            window = Startup.start(stage, workspace, dir.resolve("sample.mprofile"), () -> {
                afterShown = new FxStallMonitor().start();
                started.countDown();
            });
        });
        started.await();
        waitUntil(Duration.ofSeconds(60), () -> fx(() -> workspace.contentProperty().get() != null
                && !page().getChildren().isEmpty()));
        long openAt = System.currentTimeMillis();
        System.out.printf("cold start to window shown:      %6d ms   (goal < 3000)%n",
                shownAt.get() - jvmStart.toEpochMilli());
        System.out.printf("cold start to sample in preview: %6d ms%n", openAt - jvmStart.toEpochMilli());
        if (Boolean.getBoolean("bench.startOnly")) {
            // the start alone, for the runs from a class-data-sharing archive (recorded at exit, as bin/editor does)
            Platform.exit();
            System.exit(0);
        }

        long watched = 3000 + SLOW_OPEN_MS;
        Thread.sleep(Math.max(0, shownAt.get() + watched - System.currentTimeMillis()));
        afterShown.close();
        System.out.printf("first %.1f s after the window shows: longest wait of the FX thread %5.0f ms, %d waits >= %d"
                + " ms%n", watched / 1000.0, afterShown.longest(), afterShown.stalls().size(), FxStallMonitor.STALL_MS);
        Responsiveness.printStalls(afterShown.stalls(), shownAt.get());
        if (SLOW_OPEN_MS > 0) {
            Platform.exit();
            System.exit(0);
        }
        Thread.sleep(1500);
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf("heap used, sample open, after GC: %5.0f MB   (goal < 512)%n", heap / 1024.0 / 1024.0);

        keystrokes(dir.resolve("long.mprofile"));
        new Responsiveness(workspace, window).run(dir.resolve("sample.mprofile"), dir);
        Platform.exit();
        System.exit(0);
    }

    private static void keystrokes(Path file) throws Exception {
        fxRun(() -> window.open(file));
        waitUntil(Duration.ofSeconds(60), () -> fx(() -> workspace.contentProperty().get() != null
                && workspace.contentProperty().get().chapters().stream().anyMatch(c -> c.id().equals(LONG_ID))));
        Thread.sleep(1500);
        FxStallMonitor opening = new FxStallMonitor().start();
        long selectedAt = System.currentTimeMillis();
        if (Boolean.getBoolean("bench.times")) {
            System.out.println("  [" + java.time.LocalTime.now() + "] select the long chapter");
        }
        double handled = fx(() -> {
            long t0 = System.nanoTime();
            workspace.selectedChapterProperty().set(LONG_ID);
            return (System.nanoTime() - t0) / 1e6;
        });
        waitUntil(Duration.ofSeconds(60), () -> fx(() -> area().getText(0, Math.min(200, area().getLength()))
                .startsWith("# " + LONG_TITLE) && firstText().contains(LONG_TITLE) && page().getChildren().size() > 100));
        Thread.sleep(2000);
        opening.close();
        System.out.printf("select the long chapter: longest wait of the FX thread %5.0f ms, %d waits >= %d ms"
                + " (the selection handled in %.0f ms)%n", opening.longest(), opening.stalls().size(),
                FxStallMonitor.STALL_MS, handled);
        Responsiveness.printStalls(opening.stalls(), selectedAt);
        if (Boolean.getBoolean("bench.longOnly")) {
            // -Dbench.longOnly: the start and the long chapter's selection alone, for quick comparisons
            Platform.exit();
            System.exit(0);
        }
        int blocks = fx(() -> page().getChildren().size());
        int length = fx(() -> area().getLength());
        System.out.printf("long chapter open: %d characters, %d preview blocks%n", length, blocks);

        int warmup = 10;
        int measured = 50;
        long[] nodes = new long[measured];
        long[] laidOut = new long[measured];
        long[] onFx = new long[measured];
        long[][] phase = new long[4][measured];
        long[] waitPulse = new long[measured];
        long[] layout = new long[measured];
        for (int k = 0; k < warmup + measured; k++) {
            long[] t = keystroke(k);
            if (k >= warmup) {
                onFx[k - warmup] = t[0];
                nodes[k - warmup] = t[1];
                laidOut[k - warmup] = t[2];
                for (int i = 0; i < 4; i++) {
                    phase[i][k - warmup] = t[3 + i];
                }
                waitPulse[k - warmup] = t[7] - t[1];
                layout[k - warmup] = t[2] - t[7];
            }
            Thread.sleep(150);
        }
        System.out.printf("keystroke to preview nodes replaced: p50 %5.1f ms  p95 %5.1f ms%n", p(nodes, 50),
                p(nodes, 95));
        System.out.printf("keystroke to preview laid out:       p50 %5.1f ms  p95 %5.1f ms   (goal p95 < 50)%n",
                p(laidOut, 50), p(laidOut, 95));
        System.out.printf("  phase: edit handled on the FX thread p50 %5.1f ms  p95 %5.1f ms%n", p(onFx, 50),
                p(onFx, 95));
        String[] names = {"worker start after the edit began", "render on the worker (build, filter)",
            "result waiting for the FX thread", "preview nodes built and set (FX)"};
        for (int i = 0; i < 4; i++) {
            System.out.printf("  phase: %-38s p50 %5.1f ms  p95 %5.1f ms%n", names[i], p(phase[i], 50),
                    p(phase[i], 95));
        }
        System.out.printf("  phase: %-38s p50 %5.1f ms  p95 %5.1f ms%n", "waiting for the next pulse",
                p(waitPulse, 50), p(waitPulse, 95));
        System.out.printf("  phase: %-38s p50 %5.1f ms  p95 %5.1f ms%n", "pulse: CSS and layout", p(layout, 50),
                p(layout, 95));
        ProfileContent content = fx(() -> workspace.contentProperty().get());
        long[] build = new long[20];
        for (int i = 0; i < build.length; i++) {
            long s = System.nanoTime();
            new DocumentBuilder().build(content, content.meta().mainLanguage(), LocalDate.now().toString());
            build[i] = System.nanoTime() - s;
        }
        System.out.printf("  for comparison: whole-profile build, no cache   p50 %5.1f ms  p95 %5.1f ms%n",
                p(build, 50), p(build, 95));
    }

    /** Types one character in the middle of the chapter; nanoseconds to edit handled, nodes replaced, laid out. */
    private static long[] keystroke(int k) throws Exception {
        CompletableFuture<long[]> done = new CompletableFuture<>();
        long[] t = new long[8];
        fxRun(() -> {
            VBox page = page();
            CodeArea area = area();
            int at = area.getText().indexOf("## Section 15");
            long[] start = new long[1];
            ListChangeListener<Node> listener = new ListChangeListener<>() {
                @Override
                public void onChanged(Change<? extends Node> c) {
                    page.getChildren().removeListener(this);
                    t[1] = System.nanoTime() - start[0];
                    Runnable[] pre = new Runnable[1];
                    pre[0] = () -> {
                        page.getScene().removePreLayoutPulseListener(pre[0]);
                        t[7] = System.nanoTime() - start[0];
                    };
                    page.getScene().addPreLayoutPulseListener(pre[0]);
                    Runnable[] pulse = new Runnable[1];
                    pulse[0] = () -> {
                        page.getScene().removePostLayoutPulseListener(pulse[0]);
                        t[2] = System.nanoTime() - start[0];
                        synchronized (PREVIEW) {
                            t[3] = PREVIEW[0] - start[0] - t[0];
                            t[4] = PREVIEW[1] - PREVIEW[0];
                            t[5] = PREVIEW[2] - PREVIEW[1];
                            t[6] = PREVIEW[3] - PREVIEW[2];
                        }
                        done.complete(t);
                    };
                    page.getScene().addPostLayoutPulseListener(pulse[0]);
                }
            };
            page.getChildren().addListener(listener);
            start[0] = System.nanoTime();
            area.insertText(at - 2, k % 2 == 0 ? " x" : "y");
            t[0] = System.nanoTime() - start[0];
        });
        return done.get(30, TimeUnit.SECONDS);
    }

    private static double p(long[] nanos, int percentile) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        int i = (int) Math.ceil(percentile / 100.0 * s.length) - 1;
        return s[Math.max(0, Math.min(s.length - 1, i))] / 1e6;
    }

    private static VBox page;
    private static CodeArea area;

    /** The preview's page, looked up once: a lookup walks the whole window, which would load the thread measured. */
    private static VBox page() {
        if (page == null) {
            page = (VBox) window.root().lookup("#preview-page");
        }
        return page;
    }

    private static CodeArea area() {
        if (area == null) {
            area = (CodeArea) window.root().lookup("#markdown-editor");
        }
        return area;
    }

    private static String firstText() {
        if (page().getChildren().isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        collect(page().getChildren().get(0), sb);
        return sb.toString();
    }

    private static void collect(Node n, StringBuilder out) {
        if (n instanceof Text t) {
            out.append(t.getText());
        } else if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    static void fxRun(Runnable r) throws Exception {
        fx(() -> {
            r.run();
            return null;
        });
    }

    static <T> T fx(java.util.concurrent.Callable<T> c) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(c.call());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(60, TimeUnit.SECONDS);
    }

    interface Check {
        boolean ok() throws Exception;
    }

    static void waitUntil(Duration max, Check check) throws Exception {
        long end = System.nanoTime() + max.toNanos();
        while (!check.ok()) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("timed out after " + max);
            }
            Thread.sleep(20);
        }
    }
}
