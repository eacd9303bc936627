package org.mpstudio.ui.insert;

/**
 * Where an insert dialog puts its text: the chapter text being edited, its caret, and the edit itself, which the
 * editor makes one undoable change. Called on the JavaFX thread.
 */
public interface InsertTarget {

    /** The whole text being edited. */
    String text();

    /** The caret's offset in {@link #text()}. */
    int caret();

    /** Inserts {@code inserted} at {@code offset} as one undoable edit. */
    void insert(int offset, String inserted);
}
