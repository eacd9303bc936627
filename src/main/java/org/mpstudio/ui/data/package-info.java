/**
 * Figures coming in: the import dialog, which reads an agency's CSV or XLSX in the background, lists every problem
 * with its row and column, and applies the figures in one transaction.
 */
package org.mpstudio.ui.data;
