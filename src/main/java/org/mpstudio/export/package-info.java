/**
 * Drafts of a profile: the export request and result, the manifest of what was sent out, and the writers in
 * {@code export.docx} (Word, with POI) and {@code export.pdf} (that DOCX through LibreOffice). Renders the
 * resolved document ({@code model.doc}); depends on {@code model}, {@code i18n}, {@code chart}, {@code task},
 * {@code template}.
 */
package org.mpstudio.export;
