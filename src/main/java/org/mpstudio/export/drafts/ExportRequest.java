package org.mpstudio.export.drafts;

import org.mpstudio.model.ProfileContent;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What to export: the profile, the formats, where to, in which language, with or without the DRAFT watermark, the
 * template set's reference.docx (empty: the bundled one), the LibreOffice to use for PDF (empty: look for it), and
 * the latest revision id of each chapter (empty when exporting from a source folder) for the manifest.
 */
public record ExportRequest(ProfileContent content, Set<Format> formats, Path outDir, String lang, boolean watermark,
                            Optional<Path> referenceDocx, Optional<Path> soffice, Map<String, Long> revisions) {

    /** Output formats. */
    public enum Format { DOCX, PDF }

    public ExportRequest {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(outDir, "outDir");
        formats = Set.copyOf(formats);
        revisions = Map.copyOf(revisions);
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no format to export");
        }
        if (!content.meta().languages().contains(lang)) {
            throw new IllegalArgumentException("the profile has no language " + lang);
        }
    }
}
