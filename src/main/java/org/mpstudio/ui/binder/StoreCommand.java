package org.mpstudio.ui.binder;

import org.mpstudio.store.StoreException;
import org.mpstudio.ui.common.Command;
import org.mpstudio.ui.workspace.WorkspaceModel;

/** A structural edit as two pieces of store work, doing and undoing; the workspace re-reads the chapters after each. */
final class StoreCommand implements Command {

    /** A step of work on the store. */
    @FunctionalInterface
    interface Step {
        void run() throws StoreException;
    }

    private final WorkspaceModel workspace;
    private final String description;
    private final Step doIt;
    private final Step undoIt;

    StoreCommand(WorkspaceModel workspace, String description, Step doIt, Step undoIt) {
        this.workspace = workspace;
        this.description = description;
        this.doIt = doIt;
        this.undoIt = undoIt;
    }

    @Override
    public void execute() throws StoreException {
        workspace.flush();
        doIt.run();
        workspace.reloadStructure();
    }

    @Override
    public void undo() throws StoreException {
        workspace.flush();
        undoIt.run();
        workspace.reloadStructure();
    }

    @Override
    public String description() {
        return description;
    }
}
