package org.mpstudio.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.mpstudio.model.Observation;
import org.mpstudio.model.Problem;

/**
 * The result of reading one file: the observations in file order and every problem found, sorted by row and column.
 * When {@link #hasErrors()} is true the caller must change nothing; the observations are then incomplete.
 *
 * @param file         the file as the user gave it
 * @param layout       the layout detected; {@link Layout#LONG} when the file could not be read far enough to tell
 * @param observations observations in file order
 * @param problems     errors and warnings, each with the file, a 1-based row and column (0 when whole row or file)
 */
public record ImportBatch(Path file, Layout layout, List<Observation> observations, List<Problem> problems) {

    public ImportBatch {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(layout, "layout");
        observations = List.copyOf(observations);
        problems = List.copyOf(problems);
    }

    /** True when some problem is an error, i.e. the file must not be imported. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
