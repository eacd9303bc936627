package org.mpstudio.export.drafts;

import org.mpstudio.export.ExportProgress;
import org.mpstudio.model.ExportManifest;
import org.mpstudio.model.Problem;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What an export produced: the files written, the manifest of what they contain, the problems the draft marks
 * visibly (unresolved figures and references), and steps that could not be done (e.g. no LibreOffice for the PDF).
 */
public record ExportResult(Optional<Path> docx, Optional<Path> pdf, ExportManifest manifest, List<Problem> problems,
                           List<ExportProgress> failedSteps) {

    public ExportResult {
        problems = List.copyOf(problems);
        failedSteps = List.copyOf(failedSteps);
    }
}
