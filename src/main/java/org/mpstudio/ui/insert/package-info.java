/**
 * Inserting placeholders without typing their syntax: the figure value dialog picks an indicator, period and
 * breakdown, shows the formatted value and its source, and puts the placeholder at the editor's caret.
 */
package org.mpstudio.ui.insert;
