package org.mpstudio.export.pdf;

import org.mpstudio.export.ExportProgress;
import org.mpstudio.i18n.Messages;

/**
 * A PDF could not be made from a DOCX. The reason is a message key with its arguments ({@code PDF_ERROR_…} of
 * {@link ExportProgress}): it names the file and says what to do (install LibreOffice, raise the timeout, look at
 * the log), worded by the editor in the UI language; {@link #getMessage()} is its English text, for the command line
 * and the log. The DOCX itself is never affected.
 */
public class PdfException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient ExportProgress reason;

    public PdfException(ExportProgress reason) {
        this(reason, null);
    }

    public PdfException(ExportProgress reason, Throwable cause) {
        super(Messages.forLanguage("en").format(reason), cause);
        this.reason = reason;
    }

    /** Why, as a message key and its arguments. */
    public ExportProgress reason() {
        return reason;
    }
}
