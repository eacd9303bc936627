package org.mpstudio.export;

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
public record ExportProgress(String key, List<Object> args) {

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
    /** A step not done: the PDF conversion failed. {0} what went wrong (English, from the conversion). */
    public static final String FAILED_PDF = "progress.failed.pdf";

    /** Every key above, for consistency tests. */
    public static final List<String> KEYS = List.of(RESOLVING, WRITING_DOCX, CHAPTER, SAVING_DOCX, PDF_STARTING,
            PDF_OPENING, PDF_UPDATING, PDF_WRITING, FAILED_NO_OFFICE, FAILED_PDF);

    public ExportProgress {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static ExportProgress of(String key, Object... args) {
        return new ExportProgress(key, List.of(args));
    }
}
