package org.mpstudio.template;

import org.mpstudio.model.Problem;

import java.util.ArrayList;
import java.util.List;

/** Collects problems for one chapter, stamping each with the chapter's location. */
final class ProblemSink {

    private final String where;
    private final List<Problem> problems = new ArrayList<>();

    ProblemSink(String where) {
        this.where = where;
    }

    void error(String code, int line, int column, Object... args) {
        problems.add(Problem.error(code, where, line, column, args));
    }

    void warning(String code, int line, int column, Object... args) {
        problems.add(Problem.warning(code, where, line, column, args));
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }
}
