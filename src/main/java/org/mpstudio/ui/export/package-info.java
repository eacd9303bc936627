/**
 * The export dialog: formats, language, watermark and folder; runs the export in the background with its progress,
 * records the manifest in the profile file and offers to open the folder.
 */
package org.mpstudio.ui.export;
