/**
 * The live preview: the current chapter of the resolved document drawn as JavaFX nodes (no WebView, which cannot
 * shape Lao), refreshed while typing, one render in flight, and scrolled to follow the editor's caret.
 */
package org.mpstudio.ui.preview;
