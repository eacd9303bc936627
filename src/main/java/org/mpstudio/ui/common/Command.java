package org.mpstudio.ui.common;

/**
 * One structural edit that can be undone (STYLE section 4): rename, move, add or delete a chapter, change its
 * status. {@link #execute} does it the first time; {@link #redo} does it again after an undo.
 */
public interface Command {

    void execute() throws Exception;

    void undo() throws Exception;

    default void redo() throws Exception {
        execute();
    }

    /** A short description for the Edit menu, in the UI language, e.g. "Rename chapter". */
    String description();
}
