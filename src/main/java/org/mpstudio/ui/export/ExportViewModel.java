package org.mpstudio.ui.export;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mpstudio.export.ExportProgress;
import org.mpstudio.export.drafts.ExportRequest;
import org.mpstudio.export.drafts.ExportResult;
import org.mpstudio.export.drafts.ExportService;
import org.mpstudio.folder.BundledTemplates;
import org.mpstudio.folder.TemplateLibrary;
import org.mpstudio.i18n.Messages;
import org.mpstudio.model.ProfileContent;
import org.mpstudio.store.ExportManifestRepository;
import org.mpstudio.task.TaskRunner;
import org.mpstudio.ui.common.AppHome;
import org.mpstudio.ui.workspace.ProfileSession;
import org.mpstudio.ui.workspace.WorkspaceModel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * The export dialog's state and its one command: which formats, language, watermark and folder; while running, the
 * progress lines; afterwards the files written, the steps that failed and whether the manifest was recorded.
 */
public final class ExportViewModel {

    /** Where an export stands. */
    public enum State { READY, RUNNING, DONE, FAILED }

    private final WorkspaceModel workspace;
    private final Executor ui;
    private final BooleanProperty docx = new SimpleBooleanProperty(true);
    private final BooleanProperty pdf = new SimpleBooleanProperty(false);
    private final StringProperty lang = new SimpleStringProperty();
    private final BooleanProperty watermark = new SimpleBooleanProperty(true);
    private final ObjectProperty<Path> outDir = new SimpleObjectProperty<>();
    private final ObservableList<String> languages = FXCollections.observableArrayList();
    private final List<ExportProgress> steps = new ArrayList<>();
    private final ObservableList<String> progress = FXCollections.observableArrayList();
    private final List<ExportProgress> failures = new ArrayList<>();
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<String> failedSteps = FXCollections.observableArrayList();
    /** Words the progress and the steps not done again when the UI language changes; held, as the listener is weak. */
    private final InvalidationListener relabel = o -> {
        progress.setAll(steps.stream().map(this::line).toList());
        failedSteps.setAll(failures.stream().map(this::line).toList());
    };
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.READY);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper exportId = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper manifestRecorded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Integer> unresolved = new ReadOnlyObjectWrapper<>(0);
    private final ReadOnlyBooleanWrapper canExport = new ReadOnlyBooleanWrapper();

    /**
     * @param ui runs progress updates on the UI thread ({@code Platform::runLater}; {@code Runnable::run} in tests)
     */
    public ExportViewModel(WorkspaceModel workspace, Executor ui) {
        this.workspace = workspace;
        this.ui = ui;
        ProfileContent c = workspace.contentProperty().get();
        if (c != null) {
            languages.setAll(c.meta().languages());
            lang.set(c.meta().mainLanguage());
        }
        outDir.set(defaultFolder(workspace.sessionProperty().get()));
        docx.addListener((o, a, b) -> updateCanExport());
        pdf.addListener((o, a, b) -> updateCanExport());
        lang.addListener((o, a, b) -> updateCanExport());
        outDir.addListener((o, a, b) -> updateCanExport());
        state.addListener((o, a, b) -> updateCanExport());
        workspace.text().localeProperty().addListener(new WeakInvalidationListener(relabel));
        updateCanExport();
    }

    /** A progress step in the UI language (STYLE section 5: core reports keys, the UI words them). */
    private String line(ExportProgress step) {
        return Messages.forLanguage(workspace.text().language()).format(step.key(), step.args());
    }

    private void progressed(ExportProgress step) {
        steps.add(step);
        progress.add(line(step));
    }

    /**
     * {@code ~/Documents/mpstudio-drafts} (created on export), unless the profile file lies in a folder of the
     * user's own (not the editor's profile store), then that folder.
     */
    static Path defaultFolder(ProfileSession session) {
        Path drafts = Path.of(System.getProperty("user.home"), "Documents", "mpstudio-drafts");
        if (session == null || session.file().toAbsolutePath().startsWith(AppHome.home().toAbsolutePath())) {
            return drafts;
        }
        return session.file().toAbsolutePath().getParent();
    }

    private void updateCanExport() {
        canExport.set((docx.get() || pdf.get()) && lang.get() != null && outDir.get() != null
                && state.get() != State.RUNNING && workspace.contentProperty().get() != null);
    }

    /**
     * Exports in the background: saves the editor's text first, reads the chapter revisions, writes the files,
     * records the manifest in the profile file. A PDF step that fails (no LibreOffice) is listed; the DOCX stays.
     */
    public void export() {
        if (!canExport.get()) {
            return;
        }
        workspace.flush();
        ProfileContent content = workspace.contentProperty().get();
        ProfileSession session = workspace.sessionProperty().get();
        EnumSet<ExportRequest.Format> formats = EnumSet.noneOf(ExportRequest.Format.class);
        if (docx.get()) {
            formats.add(ExportRequest.Format.DOCX);
        }
        if (pdf.get()) {
            formats.add(ExportRequest.Format.PDF);
        }
        String language = lang.get();
        Path out = outDir.get();
        boolean mark = watermark.get();
        steps.clear();
        progress.clear();
        files.clear();
        failedSteps.clear();
        failures.clear();
        error.set("");
        manifestRecorded.set(false);
        state.set(State.RUNNING);
        workspace.runner().run(TaskRunner.Lane.LONG, "export", () -> {
            Map<String, Long> revisions = session == null ? Map.of()
                    : session.use(s -> new ExportManifestRepository(s).latestRevisions(language));
            ExportRequest request = new ExportRequest(content, formats, out, language, mark,
                    referenceDocx(content), Optional.empty(), revisions);
            ExportResult result = new ExportService().export(request, step -> ui.execute(() -> progressed(step)));
            boolean recorded = false;
            if (session != null && !session.readOnly()) {
                session.use(s -> {
                    new ExportManifestRepository(s).record(result.manifest());
                    return null;
                });
                recorded = true;
            }
            return new Outcome(result, recorded);
        }, this::done, e -> {
            error.set(String.valueOf(e.getMessage()));
            state.set(State.FAILED);
        });
    }

    private record Outcome(ExportResult result, boolean recorded) {
    }

    private void done(Outcome o) {
        List<Path> written = new ArrayList<>();
        o.result().docx().ifPresent(written::add);
        o.result().pdf().ifPresent(written::add);
        files.setAll(written);
        failures.clear();
        failures.addAll(o.result().failedSteps());
        failedSteps.setAll(failures.stream().map(this::line).toList());
        unresolved.set(o.result().problems().size());
        manifestRecorded.set(o.recorded());
        exportId.set(o.result().manifest().exportId());
        state.set(State.DONE);
    }

    private static Optional<Path> referenceDocx(ProfileContent content) {
        String id = content.meta().template().replaceAll("@.*$", "");
        if (id.isEmpty()) {
            return Optional.empty();
        }
        try {
            List<Path> roots = new ArrayList<>(List.of(AppHome.userTemplates()));
            BundledTemplates.root().ifPresent(roots::add);
            return new TemplateLibrary(roots).locate(id).map(dir -> dir.resolve("reference.docx"))
                    .filter(Files::isRegularFile);
        } catch (Exception e) {
            System.getLogger(ExportViewModel.class.getName()).log(System.Logger.Level.WARNING,
                    "no reference.docx for " + id, e);
            return Optional.empty();
        }
    }

    public BooleanProperty docxProperty() {
        return docx;
    }

    public BooleanProperty pdfProperty() {
        return pdf;
    }

    public StringProperty langProperty() {
        return lang;
    }

    public BooleanProperty watermarkProperty() {
        return watermark;
    }

    public ObjectProperty<Path> outDirProperty() {
        return outDir;
    }

    public ObservableList<String> languages() {
        return languages;
    }

    /** The progress lines so far, in the UI language. */
    public ObservableList<String> progress() {
        return progress;
    }

    public ObservableList<Path> files() {
        return files;
    }

    public ObservableList<String> failedSteps() {
        return failedSteps;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The id of the last export's manifest. */
    public ReadOnlyStringProperty exportIdProperty() {
        return exportId.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty manifestRecordedProperty() {
        return manifestRecorded.getReadOnlyProperty();
    }

    /** How many places the draft marks as unresolved. */
    public ReadOnlyObjectProperty<Integer> unresolvedProperty() {
        return unresolved.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canExportProperty() {
        return canExport.getReadOnlyProperty();
    }
}
