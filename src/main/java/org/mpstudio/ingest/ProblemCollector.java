package org.mpstudio.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.mpstudio.model.Problem;

/**
 * Collects the problems of one file read. Keeps counting errors after {@link #LIMIT} problems but stores no more,
 * adding one {@code import.file.tooManyProblems} error instead, so a million bad rows cannot exhaust memory.
 * Not thread-safe: one collector per read.
 */
final class ProblemCollector {

    /** Most problems kept per file. */
    static final int LIMIT = 1000;

    private final String where;
    private final List<Problem> problems = new ArrayList<>();
    private boolean truncated;
    private int errors;

    ProblemCollector(String where) {
        this.where = where;
    }

    void error(String code, int line, int column, Object... args) {
        errors++;
        add(Problem.error(code, where, line, column, args));
    }

    void warning(String code, int line, int column, Object... args) {
        add(Problem.warning(code, where, line, column, args));
    }

    private void add(Problem problem) {
        if (problems.size() < LIMIT) {
            problems.add(problem);
        } else if (!truncated) {
            truncated = true;
            problems.add(Problem.error(ProblemCodes.FILE_TOO_MANY_PROBLEMS, where, 0, 0, LIMIT));
        }
    }

    boolean hasErrors() {
        return errors > 0;
    }

    /** The problems sorted by row, then column; problems on the same cell keep the order they were found in. */
    List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(problems);
        copy.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return copy;
    }
}
