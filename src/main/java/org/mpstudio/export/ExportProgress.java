package org.mpstudio.export;

import org.mpstudio.i18n.Keyed;

import java.util.List;
import java.util.Objects;

/**
 * One progress line of an export, as a message key of {@code org/mpstudio/i18n/progress.properties} and its
 * arguments: core code does not build sentences (STYLE section 5), so the editor shows it in the UI language and
 * the command line in English.
 *
 * @param key  message key, one of the constants below
 * @param args arguments for its {@code {0}}, {@code {1}} ... (strings or numbers)
 */
public record ExportProgress(String key, List<Object> args) implements Keyed {

    /** {0} the number of chapters. */
    public static final String RESOLVING = "progress.resolving";
    /** {0} the DOCX file name, {1} the number of blocks, {2} the number of charts. */
    public static final String WRITING_DOCX = "progress.docx.writing";
    /** {0} a chapter's heading as written: number and title. */
    public static final String CHAPTER = "progress.docx.chapter";
    /** {0} the DOCX file name. */
    public static final String SAVING_DOCX = "progress.docx.saving";
    /** No arguments. */
    public static final String PDF_STARTING = "progress.pdf.starting";
    /** No arguments. */
    public static final String PDF_OPENING = "progress.pdf.opening";
    /** No arguments. */
    public static final String PDF_UPDATING = "progress.pdf.updating";
    /** No arguments. */
    public static final String PDF_WRITING = "progress.pdf.writing";

    /** A step not done: LibreOffice was not found. {0} the environment variable that can point to it. */
    public static final String FAILED_NO_OFFICE = "progress.failed.noOffice";
    /** A step not done: the PDF conversion failed. {0} what went wrong: one of the {@code PDF_ERROR_…} below. */
    public static final String FAILED_PDF = "progress.failed.pdf";

    /** Why a PDF was not made. {0} the DOCX. */
    public static final String PDF_ERROR_NO_INPUT = "progress.pdf.error.noInput";
    /** {0} the DOCX, {1} where LibreOffice was looked for, {2} the text of {@link #FAILED_NO_OFFICE}. */
    public static final String PDF_ERROR_NO_OFFICE = "progress.pdf.error.noOffice";
    /** {0} the DOCX, {1} the time allowed ("120 s"). */
    public static final String PDF_ERROR_BUSY = "progress.pdf.error.busy";
    /** {0} the DOCX, {1} the time allowed. */
    public static final String PDF_ERROR_TIMEOUT = "progress.pdf.error.timeout";
    /** {0} the DOCX, {1} the PDF, {2} the system's message. */
    public static final String PDF_ERROR_WRITE = "progress.pdf.error.write";
    /** {0} the DOCX. */
    public static final String PDF_ERROR_CANCELLED = "progress.pdf.error.cancelled";
    /** {0} the DOCX, {1} LibreOffice's error, while writing the PDF. */
    public static final String PDF_ERROR_OFFICE_WRITING = "progress.pdf.error.officeWriting";
    /** {0} the DOCX, {1} LibreOffice's error, while reading the DOCX. */
    public static final String PDF_ERROR_OFFICE_READING = "progress.pdf.error.officeReading";
    /** {0} the DOCX, {1} LibreOffice's exit code, {2} the first line of its log (": …" or ""), {3} the log file. */
    public static final String PDF_ERROR_STOPPED = "progress.pdf.error.stopped";
    /** {0} soffice, {1} its exit code, {2} the first line of its log (": …" or ""), {3} the log file. */
    public static final String PDF_ERROR_NO_START = "progress.pdf.error.noStart";
    /** {0} the DOCX, {1} the folder the PDF was to be written in. */
    public static final String PDF_ERROR_NO_OUTPUT = "progress.pdf.error.noOutput";

    /** Every key above, for consistency tests. */
    public static final List<String> KEYS = List.of(RESOLVING, WRITING_DOCX, CHAPTER, SAVING_DOCX, PDF_STARTING,
            PDF_OPENING, PDF_UPDATING, PDF_WRITING, FAILED_NO_OFFICE, FAILED_PDF, PDF_ERROR_NO_INPUT,
            PDF_ERROR_NO_OFFICE, PDF_ERROR_BUSY, PDF_ERROR_TIMEOUT, PDF_ERROR_WRITE, PDF_ERROR_CANCELLED,
            PDF_ERROR_OFFICE_WRITING, PDF_ERROR_OFFICE_READING, PDF_ERROR_STOPPED, PDF_ERROR_NO_START,
            PDF_ERROR_NO_OUTPUT);

    public ExportProgress {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static ExportProgress of(String key, Object... args) {
        return new ExportProgress(key, List.of(args));
    }
}
