package org.mpstudio.model;

import java.util.List;
import java.util.Objects;

/**
 * What went out in one exported file: its export id (also stored inside the DOCX), file name, format, language,
 * and for every block the bookmark it carries, its chapter, the chapter revision it came from and its exact text.
 * The reviewers' round-trip maps comments back through this.
 */
public record ExportManifest(String exportId, String createdAt, String file, String format, String lang,
                             List<Entry> entries) {

    /** One block as sent out; {@code revisionId} is 0 when the profile was exported from a source folder. */
    public record Entry(String blockId, String bookmark, String chapterId, long revisionId, String text) {
    }

    public ExportManifest {
        Objects.requireNonNull(exportId, "exportId");
        entries = List.copyOf(entries);
    }
}
