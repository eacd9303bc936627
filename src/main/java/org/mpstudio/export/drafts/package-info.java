/**
 * The export of drafts as one service used by the command line and the editor: resolve the profile once, write the
 * DOCX, convert it to PDF, and describe what went out in a manifest. Depends on {@code export.docx},
 * {@code export.pdf}, {@code template}, {@code chart} and {@code model}.
 */
package org.mpstudio.export.drafts;
