/**
 * PDF drafts: the canonical DOCX converted by LibreOffice ({@code soffice}) running headless in a private user
 * profile that holds the bundled fonts and a small Basic macro, which refreshes the table of contents, indexes and
 * fields before exporting (DESIGN section 1, ADR 0004). Owns finding {@code soffice}, preparing that profile and
 * running the process with a timeout. Depends on the JDK only; it reads no document model and imports no library.
 */
package org.mpstudio.export.pdf;
