/**
 * The Markdown editor: the chapter text as drafters see it, highlighting from the flexmark tree, completion of
 * indicator and figure ids, problems underlined, Lao runs in the Lao font, and autosave that never loses work.
 */
package org.mpstudio.ui.editor;
