/**
 * The Word draft: renders the resolved document ({@code model.doc}) to DOCX with Apache POI, one small writer per
 * block type (headings, paragraphs, lists, charts, tables), plus the cover, front matter (contents, lists of figures
 * and tables, acronyms), sections, headers and footers, the DRAFT watermark and a bookmark around every block for
 * the review round-trip. All formatting comes from the style ids of the template set's {@code reference.docx}; the
 * writer sets no fonts of its own except the complex-script flag and language on Lao runs. Depends on
 * {@code model.doc} and {@code export} (for {@code ExportException}); only this package imports POI for writing.
 */
package org.mpstudio.export.docx;
