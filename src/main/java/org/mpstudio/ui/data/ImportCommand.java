package org.mpstudio.ui.data;

import org.mpstudio.ingest.ImportBatch;
import org.mpstudio.model.Observation;
import org.mpstudio.store.ObservationRepository;
import org.mpstudio.store.ProfileRepository;
import org.mpstudio.store.StoreException;
import org.mpstudio.ui.common.Command;
import org.mpstudio.ui.workspace.ProfileSession;
import org.mpstudio.ui.workspace.WorkspaceModel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * An import of figures, undoably. Importing applies the file's figures in one store transaction; undo removes the
 * figures the import added and writes back the ones it replaced, in one transaction; redo applies the file again.
 * Every value replaced or removed on the way stays in the figures' history. Each step runs in the store lane, in
 * order, then puts the profile's figures as stored into the content in memory on the JavaFX thread.
 */
final class ImportCommand implements Command {

    /** The history origin of figures written back by undoing an import. */
    static final String ORIGIN_UNDO = "import-undo";

    /** What a step did: the import's counts (first run and redo) and the profile's figures as stored after it. */
    record Outcome(ObservationRepository.ApplySummary summary, List<Observation> all) {
    }

    /** One write to the store. */
    @FunctionalInterface
    private interface Write {
        ObservationRepository.ApplySummary run(ObservationRepository repo) throws StoreException;
    }

    private final WorkspaceModel workspace;
    private final ImportBatch batch;
    private final String description;
    private final Consumer<Outcome> onImported;
    private final Consumer<Exception> onFailed;
    /** Written and read only in the store lane, one step after another. */
    private List<Observation> added = List.of();
    private List<Observation> replaced = List.of();

    /**
     * @param onImported told on the JavaFX thread after the first import and each redo
     * @param onFailed   told on the JavaFX thread when a step fails (which then changed nothing)
     */
    ImportCommand(WorkspaceModel workspace, ImportBatch batch, String description, Consumer<Outcome> onImported,
                  Consumer<Exception> onFailed) {
        this.workspace = workspace;
        this.batch = batch;
        this.description = description;
        this.onImported = onImported;
        this.onFailed = onFailed;
    }

    @Override
    public void execute() {
        run(repo -> {
            List<Observation> before = new ArrayList<>();
            for (String id : batch.observations().stream().map(Observation::indicatorId).distinct().toList()) {
                before.addAll(repo.observations(id));
            }
            remember(before);
            return repo.apply(batch.observations(), batch.file().getFileName().toString());
        }, true);
    }

    @Override
    public void undo() {
        run(repo -> {
            repo.remove(added, ORIGIN_UNDO);
            repo.apply(replaced, ORIGIN_UNDO);
            return null;
        }, false);
    }

    @Override
    public String description() {
        return description;
    }

    /** Which of the file's figures are new and which stored ones they replace, from what was stored before. */
    private void remember(List<Observation> before) {
        Map<String, Observation> stored = new HashMap<>();
        for (Observation o : before) {
            stored.put(o.key(), o);
        }
        List<Observation> fresh = new ArrayList<>();
        List<Observation> old = new ArrayList<>();
        for (Observation o : batch.observations()) {
            Observation was = stored.get(o.key());
            if (was == null) {
                fresh.add(o);
            } else if (!was.equals(o)) {
                old.add(was);
            }
        }
        added = fresh;
        replaced = old;
    }

    private void run(Write step, boolean imported) {
        ProfileSession session = workspace.sessionProperty().get();
        if (session == null || session.readOnly()) {
            throw new IllegalStateException("no profile open for writing");
        }
        workspace.runner().run(description, () -> session.use(s -> {
            ObservationRepository.ApplySummary summary = step.run(new ObservationRepository(s));
            return new Outcome(summary, new ProfileRepository(s).load().observations());
        }), outcome -> {
            if (workspace.sessionProperty().get() == session) {
                workspace.replaceObservations(outcome.all());
            }
            if (imported) {
                onImported.accept(outcome);
            }
        }, onFailed);
    }
}
