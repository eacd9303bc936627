/**
 * The main window and the state all panels share: the open profile (its store, lock and content in memory), the
 * selected chapter, opening, creating and saving profiles, menus and the language switch.
 */
package org.mpstudio.ui.workspace;
