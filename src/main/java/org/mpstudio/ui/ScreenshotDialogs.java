package org.mpstudio.ui;

import org.mpstudio.ui.data.ImportDialog;
import org.mpstudio.ui.insert.CrossReferenceDialog;
import org.mpstudio.ui.insert.CrossReferenceViewModel;
import org.mpstudio.ui.insert.InsertChartDialog;
import org.mpstudio.ui.insert.InsertTableDialog;
import org.mpstudio.ui.insert.InsertValueDialog;
import org.mpstudio.ui.workspace.WorkspaceModel;

import java.nio.file.Path;
import java.util.Optional;

/**
 * For screenshots of the running editor ({@code -Dmpstudio.debug.dialog}, see {@link App}): opens one dialog on the
 * sample, with choices made so that it shows something typical.
 */
final class ScreenshotDialogs {

    private ScreenshotDialogs() {
    }

    /** Opens {@code dialog} over {@code window}, set up to show something typical; {@code file} for the import. */
    static void open(MainWindow window, String dialog, String file) {
        WorkspaceModel workspace = window.workspace();
        switch (dialog) {
            case "export" -> window.showExport();
            case "problems" -> window.toggleProblems();
            case "import" -> {
                ImportDialog d = window.showImport();
                if (d != null && file != null) {
                    d.model().fileProperty().set(Path.of(file));
                }
            }
            case "data", "data-edit", "data-add" -> Optional.ofNullable(window.showDataBrowser())
                    .ifPresent(d -> d.openForScreenshot(dialog));
            case "xref" -> {
                workspace.selectedChapterProperty().set("a2-emigration");
                CrossReferenceDialog d = window.showCrossReference();
                if (d != null) {
                    d.model().filterProperty().set(CrossReferenceViewModel.Filter.TABLES);
                }
            }
            case "insert" -> {
                workspace.selectedChapterProperty().set("introduction");
                InsertValueDialog d = window.showInsertValue();
                if (d != null) {
                    d.model().select("workers_deployed_contract");
                    d.model().dimension("destination").set("JPN");
                }
            }
            case "chart" -> {
                workspace.selectedChapterProperty().set("introduction");
                InsertChartDialog d = window.showInsertChart();
                String indicator = System.getProperty("mpstudio.debug.indicator");
                if (d != null && indicator != null) {
                    d.model().select(indicator);
                } else if (d != null) {
                    d.model().select("workers_deployed_contract");
                    d.model().seriesProperty().set("destination");
                }
            }
            case "table" -> {
                workspace.selectedChapterProperty().set("introduction");
                InsertTableDialog d = window.showInsertTable();
                if (d != null) {
                    d.model().select("workers_deployed_contract");
                    d.model().rowsProperty().set("destination");
                    d.model().columnsProperty().set("period");
                }
            }
            default -> {
            }
        }
    }
}
