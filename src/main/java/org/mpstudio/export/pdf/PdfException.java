package org.mpstudio.export.pdf;

/**
 * A PDF could not be made from a DOCX. The message is one readable sentence or two for the user: it names the file
 * and says what to do (install LibreOffice, raise the timeout, look at the log). The DOCX itself is never affected.
 */
public class PdfException extends Exception {

    private static final long serialVersionUID = 1L;

    public PdfException(String message) {
        super(message);
    }

    public PdfException(String message, Throwable cause) {
        super(message, cause);
    }
}
