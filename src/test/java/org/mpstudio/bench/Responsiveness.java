package org.mpstudio.bench;

import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.mpstudio.model.Chapter;
import org.mpstudio.ui.MainWindow;
import org.mpstudio.ui.common.FxStallMonitor;
import org.mpstudio.ui.data.ImportDialog;
import org.mpstudio.ui.data.ImportViewModel;
import org.mpstudio.ui.export.ExportDialog;
import org.mpstudio.ui.export.ExportViewModel;
import org.mpstudio.ui.workspace.WorkspaceModel;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import static org.mpstudio.bench.EditorBenchmark.fx;
import static org.mpstudio.bench.EditorBenchmark.fxRun;
import static org.mpstudio.bench.EditorBenchmark.waitUntil;

/**
 * Part of the editor benchmark: does the JavaFX thread ever stop answering for 100 ms or more while a drafter works?
 * A {@link FxStallMonitor} probes the thread every 10 ms through a scripted session on the sample: open it, visit
 * every chapter, type, open and close each dialog, switch the UI language, import 4,000 rows through the import
 * dialog, and export DOCX and PDF through the export dialog while typing. Prints the longest wait and the stalls of each step.
 */
final class Responsiveness {


    private final WorkspaceModel workspace;
    private final MainWindow window;
    private final FxStallMonitor monitor = new FxStallMonitor().start();

    Responsiveness(WorkspaceModel workspace, MainWindow window) {
        this.workspace = workspace;
        this.window = window;
    }

    void run(Path sample, Path dir) throws Exception {
        System.out.println("responsiveness: longest wait of the FX thread per step (goal < "
                + FxStallMonitor.STALL_MS + " ms)");
        step("open the sample profile", () -> {
            fxRun(() -> window.open(sample));
            waitUntil(Duration.ofSeconds(120), () -> fx(() -> workspace.contentProperty().get() != null
                    && workspace.contentProperty().get().chapters().size() == 33));
            Thread.sleep(1500);
        });
        step("visit every chapter", () -> {
            double before = 0;
            for (Chapter c : fx(() -> workspace.contentProperty().get().chapters())) {
                double handled = fx(() -> {
                    long t0 = System.nanoTime();
                    workspace.selectedChapterProperty().set(c.id());
                    return (System.nanoTime() - t0) / 1e6;
                });
                Thread.sleep(250);
                if (monitor.longest() > before && monitor.longest() >= FxStallMonitor.STALL_MS / 2.0) {
                    System.out.printf("      %s: %.0f ms (selection handled in %.0f ms)%n", c.id(),
                            monitor.longest(), handled);
                }
                before = monitor.longest();
            }
        });
        fxRun(() -> workspace.selectedChapterProperty().set("introduction"));
        Thread.sleep(500);
        step("type 150 characters", () -> type(150));
        step("type in 8 chapters, each saved when the next is chosen", () -> {
            List<Chapter> chapters = fx(() -> workspace.contentProperty().get().chapters());
            for (Chapter c : chapters.subList(4, 12)) {
                fxRun(() -> workspace.selectedChapterProperty().set(c.id()));
                Thread.sleep(300);
                type(6);
            }
            fxRun(() -> workspace.selectedChapterProperty().set("introduction"));
            Thread.sleep(300);
        });
        step("open and close the insert value dialog", () -> dialog(() -> window.showInsertValue().stage()));
        step("open and close it again", () -> dialog(() -> window.showInsertValue().stage()));
        step("open and close the history dialog", () -> dialog(() -> window.showHistory().stage()));
        step("open and close the export dialog", () -> dialog(() -> window.showExport().stage()));
        step("switch the UI to Lao, Vietnamese, then English", () -> {
            for (String lang : List.of("lo", "vi", "en")) {
                fxRun(() -> window.setLanguage(lang));
                Thread.sleep(1000);
            }
        });
        step("show and hide the problems panel", () -> {
            fxRun(() -> window.toggleProblems());
            Thread.sleep(1500);
            fxRun(() -> window.toggleProblems());
        });
        Path csv = csv(dir);
        step("import 4,080 rows through the dialog", () -> {
            ImportDialog d = fx(window::showImport);
            ImportViewModel m = d.model();
            fxRun(() -> m.fileProperty().set(csv));
            waitUntil(Duration.ofSeconds(120), () -> fx(() -> m.stateProperty().get() == ImportViewModel.State.READ));
            fxRun(() -> m.importNow());
            waitUntil(Duration.ofSeconds(120), () -> fx(() -> m.stateProperty().get() == ImportViewModel.State.IMPORTED));
            Thread.sleep(1000);
            fxRun(() -> d.stage().close());
        });
        step("export DOCX and PDF while typing", () -> {
            ExportDialog d = fx(window::showExport);
            ExportViewModel m = d.model();
            fx(() -> {
                m.outDirProperty().set(dir.resolve("drafts"));
                m.docxProperty().set(true);
                m.pdfProperty().set(true);
                m.export();
                return null;
            });
            while (fx(() -> m.stateProperty().get() == ExportViewModel.State.RUNNING)) {
                type(5);
            }
            System.out.println("    export ended: " + fx(() -> m.stateProperty().get()) + ", "
                    + fx(() -> m.files()) + ", failed steps " + fx(() -> m.failedSteps()) + " "
                    + fx(() -> m.errorProperty().get()));
            fxRun(() -> d.stage().close());
        });
        monitor.close();
    }

    private interface Step {
        void run() throws Exception;
    }

    private void step(String name, Step step) throws Exception {
        monitor.reset();
        long start = System.nanoTime();
        long startedAt = System.currentTimeMillis();
        if (Boolean.getBoolean("bench.times")) {
            System.out.println("  [" + java.time.LocalTime.now() + "] " + name);
        }
        step.run();
        Thread.sleep(100);
        List<FxStallMonitor.Stall> stalls = monitor.stalls();
        System.out.printf("  %-40s longest %6.1f ms  stalls >= %d ms: %d  (%d probes, %.1f s)%n", name,
                monitor.longest(), FxStallMonitor.STALL_MS, stalls.size(), monitor.probes(),
                (System.nanoTime() - start) / 1e9);
        printStalls(stalls, startedAt);
    }

    /** One line per stall: how long, and when after {@code since} (epoch ms) it began. */
    static void printStalls(List<FxStallMonitor.Stall> stalls, long since) {
        for (FxStallMonitor.Stall s : stalls) {
            System.out.printf("      stall of %.0f ms, %d ms after the step began%n", s.millis(), s.postedAt() - since);
        }
    }

    private void dialog(Callable<Stage> open) throws Exception {
        Stage stage = fx(open);
        Thread.sleep(800);
        fxRun(() -> stage.close());
        Thread.sleep(300);
    }

    private void type(int characters) throws Exception {
        for (int i = 0; i < characters; i++) {
            char c = i % 6 == 5 ? ' ' : (char) ('a' + i % 26);
            fx(() -> {
                CodeArea area = window.editorView().area();
                area.insertText(area.getLength(), String.valueOf(c));
                return null;
            });
            Thread.sleep(40);
        }
    }

    /** Monthly values of the contract workers for 34 years and 10 destinations: 4,080 rows. */
    private static Path csv(Path dir) throws Exception {
        StringBuilder sb = new StringBuilder("indicator,period,value,source,status,destination\n");
        String[] destinations = {"JPN", "TWN", "KOR", "CHN", "SAU", "ARE", "MYS", "DEU", "ROU", "HUN"};
        for (int year = 1990; year < 2024; year++) {
            for (int month = 1; month <= 12; month++) {
                for (int d = 0; d < destinations.length; d++) {
                    sb.append("workers_deployed_contract,").append(year).append('-')
                            .append(String.format("%02d", month)).append(',').append(100 + year + month + d)
                            .append(",derived-2016-workers,estimate,").append(destinations[d]).append('\n');
                }
            }
        }
        Path f = dir.resolve("bench-monthly.csv");
        Files.writeString(f, sb, StandardCharsets.UTF_8);
        return f;
    }
}
