/**
 * Inserting placeholders and blocks without typing their syntax: the figure value dialog (indicator, period,
 * breakdown; the value and its source shown), the chart and table dialogs (indicator, axes, filters, periods,
 * title, id; the chart or table shown as the draft resolves it through {@code template.BlockPreview}) and the
 * cross-reference dialog (the sections, figures and tables as the draft numbers them). Each is a thin view over a
 * view model testable without a toolkit; Insert puts the text at the editor's caret
 * ({@link org.mpstudio.ui.insert.InsertTarget}) as one undoable edit.
 */
package org.mpstudio.ui.insert;
