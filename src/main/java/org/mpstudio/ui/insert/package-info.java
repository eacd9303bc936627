/**
 * Inserting placeholders without typing their syntax: the figure value dialog picks an indicator, period and
 * breakdown, shows the formatted value and its source, and puts the placeholder at the editor's caret; the
 * cross-reference dialog lists the sections, figures and tables as the draft numbers them and puts
 * {@code @sec:}, {@code @fig:} or {@code @tbl:} references there.
 */
package org.mpstudio.ui.insert;
