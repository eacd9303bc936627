/**
 * The profile's figures in the editor: the import dialog, which reads an agency's CSV or XLSX in the background,
 * lists every problem with its row and column, and applies the figures in one transaction; and the data browser,
 * which lists the indicators with a search, shows an indicator's figures, their earlier values and a chart of its
 * totals, and changes or adds a figure with its source as an undoable store command.
 */
package org.mpstudio.ui.data;
