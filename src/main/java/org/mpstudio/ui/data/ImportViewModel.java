package org.mpstudio.ui.data;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mpstudio.ingest.ImportBatch;
import org.mpstudio.ingest.ImportContext;
import org.mpstudio.ingest.ObservationFileReader;
import org.mpstudio.model.Indicator;
import org.mpstudio.model.Observation;
import org.mpstudio.model.Problem;
import org.mpstudio.model.ProfileContent;
import org.mpstudio.model.Source;
import org.mpstudio.store.ObservationRepository;
import org.mpstudio.store.ProfileRepository;
import org.mpstudio.task.TaskRunner;
import org.mpstudio.ui.workspace.ProfileSession;
import org.mpstudio.ui.workspace.WorkspaceModel;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The import dialog's state: the chosen file, what reading it found (layout, figures, the first 50 of them, every
 * problem), the optional default source and indicator, and the import itself, all-or-nothing. Reading and writing
 * run in the background; choosing a file or changing an option reads it again.
 */
public final class ImportViewModel {

    /** How many figures the preview table shows. */
    public static final int PREVIEW_ROWS = 50;

    /** Where the dialog stands. */
    public enum State { EMPTY, READING, READ, IMPORTING, IMPORTED, FAILED }

    private final WorkspaceModel workspace;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final StringProperty defaultSource = new SimpleStringProperty("");
    private final StringProperty indicatorOverride = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<ImportBatch> batch = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Observation> preview = FXCollections.observableArrayList();
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ObservableList<String> sourceIds = FXCollections.observableArrayList();
    private final ObservableList<String> indicatorIds = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.EMPTY);
    private final ReadOnlyObjectWrapper<ObservationRepository.ApplySummary> summary = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> error = new ReadOnlyObjectWrapper<>("");
    private final ReadOnlyBooleanWrapper canImport = new ReadOnlyBooleanWrapper();
    private int reads;

    public ImportViewModel(WorkspaceModel workspace) {
        this.workspace = workspace;
        ProfileContent c = workspace.contentProperty().get();
        if (c != null) {
            sourceIds.add("");
            sourceIds.addAll(c.sources().stream().map(Source::id).sorted().toList());
            indicatorIds.add("");
            indicatorIds.addAll(c.indicators().stream().map(Indicator::id).sorted().toList());
        }
        file.addListener((o, a, b) -> read());
        defaultSource.addListener((o, a, b) -> read());
        indicatorOverride.addListener((o, a, b) -> read());
        state.addListener((o, a, b) -> updateCanImport());
        batch.addListener((o, a, b) -> updateCanImport());
        updateCanImport();
    }

    private void updateCanImport() {
        ImportBatch b = batch.get();
        ProfileSession s = workspace.sessionProperty().get();
        canImport.set(state.get() == State.READ && b != null && !b.hasErrors() && !b.observations().isEmpty()
                && s != null && !s.readOnly());
    }

    /** Reads the chosen file in the background; a newer read wins over an older one still running. */
    public void read() {
        Path f = file.get();
        ProfileContent c = workspace.contentProperty().get();
        summary.set(null);
        if (f == null || c == null) {
            return;
        }
        Map<String, Indicator> indicators = new HashMap<>();
        c.indicators().forEach(i -> indicators.put(i.id(), i));
        ImportContext ctx = new ImportContext(indicators, c.sources().stream().map(Source::id)
                .collect(Collectors.toSet()), Optional.ofNullable(defaultSource.get()),
                Optional.ofNullable(indicatorOverride.get()));
        int mine = ++reads;
        state.set(State.READING);
        workspace.runner().run(TaskRunner.Lane.LONG, "read " + f, () -> new ObservationFileReader().read(f, ctx), b -> {
            if (mine == reads) {
                batch.set(b);
                preview.setAll(b.observations().subList(0, Math.min(PREVIEW_ROWS, b.observations().size())));
                problems.setAll(b.problems());
                state.set(State.READ);
            }
        }, e -> {
            if (mine == reads) {
                fail(e);
            }
        });
    }

    /**
     * Applies the figures in one transaction, then puts the profile's figures, as stored, into the workspace. The
     * import is one step of the workspace's undo history: undo takes the added figures out and the replaced ones back.
     */
    public void importNow() {
        if (!canImport.get()) {
            return;
        }
        ImportBatch b = batch.get();
        state.set(State.IMPORTING);
        try {
            workspace.undo().execute(new ImportCommand(workspace, b,
                    workspace.text().get("import.undo", b.file().getFileName().toString()), done -> {
                        summary.set(done.summary());
                        state.set(State.IMPORTED);
                    }, this::fail));
        } catch (Exception e) {
            fail(e);
        }
    }

    private void fail(Exception e) {
        error.set(String.valueOf(e.getMessage()));
        state.set(State.FAILED);
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public StringProperty defaultSourceProperty() {
        return defaultSource;
    }

    public StringProperty indicatorOverrideProperty() {
        return indicatorOverride;
    }

    public ReadOnlyObjectProperty<ImportBatch> batchProperty() {
        return batch.getReadOnlyProperty();
    }

    public ObservableList<Observation> preview() {
        return preview;
    }

    public ObservableList<Problem> problems() {
        return problems;
    }

    /** The profile's source ids, with "" (none) first. */
    public ObservableList<String> sourceIds() {
        return sourceIds;
    }

    /** The profile's indicator ids, with "" (as the file says) first. */
    public ObservableList<String> indicatorIds() {
        return indicatorIds;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** What the last import did: new, updated, unchanged. */
    public ReadOnlyObjectProperty<ObservationRepository.ApplySummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canImportProperty() {
        return canImport.getReadOnlyProperty();
    }

    /** Errors and warnings in the last read. */
    public long count(Problem.Severity severity) {
        return problems.stream().filter(p -> p.severity() == severity).count();
    }
}
