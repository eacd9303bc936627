package org.mpstudio.ui.data;

import org.mpstudio.model.Observation;
import org.mpstudio.store.ObservationRepository;
import org.mpstudio.store.StoreException;
import org.mpstudio.ui.common.Command;
import org.mpstudio.ui.workspace.ProfileSession;
import org.mpstudio.ui.workspace.WorkspaceModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Changing or adding one figure, undoably. Each step is one store transaction on the workspace's worker thread
 * ({@link ObservationRepository} keeps what it replaces or removes in the figure's history), after which the figure is
 * put into the content in memory on the JavaFX thread, so the preview and the problems follow. Undo writes the
 * previous figure back, or removes an added one; redo writes the new one again. A step that fails changes neither
 * the store nor the content and is reported in the status line.
 */
final class ObservationEditCommand implements Command {

    /** The history origin of a figure written in the data browser. */
    static final String ORIGIN = "editor";
    /** The history origin of a figure written back by undo. */
    static final String ORIGIN_UNDO = "editor-undo";

    /** One write to the store. */
    @FunctionalInterface
    private interface Write {
        void run(ObservationRepository repo) throws StoreException;
    }

    private final WorkspaceModel workspace;
    private final String description;
    private final Optional<Observation> before;
    private final Observation after;
    private Consumer<Exception> firstOutcome;

    /**
     * @param before       the figure as it was, or empty when {@code after} is new
     * @param firstOutcome told once, when the first write ends: null when it succeeded, else the failure
     */
    ObservationEditCommand(WorkspaceModel workspace, String description, Optional<Observation> before,
                           Observation after, Consumer<Exception> firstOutcome) {
        this.workspace = workspace;
        this.description = description;
        this.before = before;
        this.after = after;
        this.firstOutcome = firstOutcome;
    }

    @Override
    public void execute() {
        write(repo -> repo.apply(List.of(after), ORIGIN), Optional.of(after));
    }

    @Override
    public void undo() {
        if (before.isPresent()) {
            write(repo -> repo.apply(List.of(before.get()), ORIGIN_UNDO), before);
        } else {
            write(repo -> repo.remove(List.of(after), ORIGIN_UNDO), Optional.empty());
        }
    }

    @Override
    public void redo() {
        execute();
    }

    @Override
    public String description() {
        return description;
    }

    private void write(Write step, Optional<Observation> result) {
        ProfileSession session = workspace.sessionProperty().get();
        if (session == null || session.readOnly()) {
            throw new IllegalStateException("no profile open for writing");
        }
        Consumer<Exception> outcome = firstOutcome;
        firstOutcome = null;
        workspace.runner().run(description, () -> session.use(s -> {
            step.run(new ObservationRepository(s));
            return Boolean.TRUE;
        }), ok -> {
            if (workspace.sessionProperty().get() == session) {
                workspace.replaceObservations(swap(workspace.contentProperty().get().observations(), result));
            }
            tell(outcome, null);
        }, e -> {
            workspace.statusProperty().set(workspace.text().get("status.failed", description,
                    String.valueOf(e.getMessage())));
            tell(outcome, e);
        });
    }

    /** The figures with the one at this command's key replaced by {@code result}, added, or removed when empty. */
    private List<Observation> swap(List<Observation> all, Optional<Observation> result) {
        List<Observation> out = new ArrayList<>(all.size() + 1);
        boolean found = false;
        for (Observation o : all) {
            if (o.key().equals(after.key())) {
                found = true;
                result.ifPresent(out::add);
            } else {
                out.add(o);
            }
        }
        if (!found) {
            result.ifPresent(out::add);
        }
        return out;
    }

    private static void tell(Consumer<Exception> outcome, Exception e) {
        if (outcome != null) {
            outcome.accept(e);
        }
    }
}
