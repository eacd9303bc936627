/**
 * The binder: the chapter tree with number, title, status, lead agency and assignee, and its undoable edits
 * (rename, add, delete, move, status).
 */
package org.mpstudio.ui.binder;
