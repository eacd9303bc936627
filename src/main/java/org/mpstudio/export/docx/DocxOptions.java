package org.mpstudio.export.docx;

/**
 * What to write besides the document itself.
 *
 * @param watermark a diagonal grey "DRAFT" (in the document language) on every page
 * @param exportId  stored as the custom document property {@code mpstudio.exportId}; may be null (then omitted)
 * @param date      shown on the cover, already formatted; null falls back to the document's export date
 */
public record DocxOptions(boolean watermark, String exportId, String date) {
}
