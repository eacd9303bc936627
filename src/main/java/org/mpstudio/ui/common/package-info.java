/**
 * What every screen of the editor shares: the JavaFX task runner, UI texts in three languages, the undo manager of
 * structural commands, recent files, the profile lock file, coalescing of background work, and Lao fonts.
 */
package org.mpstudio.ui.common;
